export {
  deleteArticle,
  markRead,
  READ_AT_FRACTION,
  restoreArticle,
  saveArticle,
  saveArticles,
  setProgress,
  setTags,
} from './articles';
export { getArticle, getArticleByUrl, getListedArticles, listArticles } from '../read/articles';
export { exportLibrary, importLibrary, type ImportResult } from './library-file';
export type { FieldKind, ImportProblem } from './validate';
export { openLibrary, type Library } from '../open-library';
export { openForReading, ReadConnection, type ReadableDb } from '../read/connection';
export { DEFAULT_DB_NAME, LedeDb, openLedeDb, type LedeDbOptions } from './schema';
export { bareArticle, type BareArticleFields } from './bare-article';
export { normalizeUrl } from '../url';
export type * from '../types';
export { importItems, type ImportCounts, type ImportItemsOptions } from './import-items';
export { queueImages, retryFailed } from './queue';

export {
  deleteArticle,
  getArticle,
  getArticleByUrl,
  getListedArticles,
  listArticles,
  markRead,
  restoreArticle,
  saveArticle,
  saveArticles,
  setTags,
} from './articles';
export { exportLibrary, importLibrary } from './library-file';
export { STORAGE_FULL_MESSAGE } from './quota';
export { DEFAULT_DB_NAME, LedeDb, openLedeDb, type LedeDbOptions } from './schema';
export { bareArticle, type BareArticleFields } from './bare-article';
export { normalizeUrl } from './url';
export type * from './types';

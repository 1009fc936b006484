export { searchArticles, type SearchHit, type SearchOptions } from './search';
export type { SnippetSegment } from './snippet';
export { exactForm, foldedForm } from './fold';

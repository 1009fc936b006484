export { searchArticles, type SearchHit } from './search';
export type { SnippetSegment } from './snippet';

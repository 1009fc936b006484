import type { SavedArticle } from '../db/write';
import type { Article, SummaryLine } from '../extract/types';

/**
 * A saved article in the shape the article view shows. The library keeps the summary as
 * sentences; each is placed back on the paragraph (block) of the text that holds it.
 */
export function toReaderArticle(saved: SavedArticle): Article {
  const blocks = saved.text.split('\n\n');
  const summary: SummaryLine[] = saved.summary.map((text) => ({
    text,
    block: Math.max(
      0,
      blocks.findIndex((block) => block.includes(text)),
    ),
  }));
  const { id: _id, tags: _tags, savedAt: _savedAt, readAt: _readAt, summary: _sentences, ...article } = saved;
  return { ...article, summary };
}

/** Address of the reader page for a saved article. */
export function readerPath(id: number): string {
  return `/reader.html?id=${id}`;
}

// The whole library as Markdown notes in one zip (an Obsidian or Logseq vault's folder).
import { zipSync, strToU8 } from 'fflate';
import { toSavedArticle } from '../db/records';
import type { LedeDb } from '../db/write/schema';
import { articleMarkdown, noteFileName, type MarkdownOptions } from './markdown';

export async function libraryMarkdownZip(db: LedeDb, options: MarkdownOptions): Promise<Uint8Array> {
  const [rows, highlights] = await db.transaction('r', [db.articles, db.highlights], () =>
    Promise.all([db.articles.orderBy('savedAt').toArray(), db.highlights.toArray()]),
  );
  const byArticle = new Map<number, typeof highlights>();
  for (const highlight of highlights) {
    const own = byArticle.get(highlight.articleId);
    if (own) own.push(highlight);
    else byArticle.set(highlight.articleId, [highlight]);
  }
  const files: Record<string, Uint8Array> = {};
  for (const row of rows)
    files[noteFileName(row)] = strToU8(articleMarkdown(toSavedArticle(row, ''), byArticle.get(row.id) ?? [], options));
  return zipSync(files);
}

// What a reader sees for a query (hits in order, their scores, titles and snippets with the
// highlighted words) must not change when search is made faster: the digest of every answer
// over a seeded library of the bench's articles is kept in the snapshot. Change it only
// together with a deliberate change to ranking or snippets.
import { createHash } from 'node:crypto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLedeDb, saveArticles } from '../../../lib/db/write';
import { searchArticles, type SearchHit } from '../../../lib/search';
import { mergePending } from '../../../lib/db/write/search-merge';
import { benchQueries, syntheticArticle } from '../../bench/search-corpus';

const SEED = 20_240_601;
const ARTICLES = 120;

const shown = (hits: SearchHit[]) =>
  hits
    .map(
      (hit) =>
        `${hit.id} ${hit.score.toFixed(9)} ${hit.title} | ${hit.snippet.map((s) => (s.highlighted ? `[${s.text}]` : s.text)).join('')}`,
    )
    .join('\n');
const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

describe('search answers', () => {
  it('stay the same for the same library', async () => {
    const db = await openLedeDb({ name: 'same-results', indexedDB: new IDBFactory(), IDBKeyRange });
    const articles = Array.from({ length: ARTICLES }, (_, index) => {
      const { title, text, url } = syntheticArticle(index, SEED);
      return {
        url,
        title,
        text,
        html: '',
        byline: null,
        siteName: null,
        lang: null,
        dir: 'ltr' as const,
        publishedTime: null,
        excerpt: null,
        wordCount: 800,
        readingMinutes: 4,
        leadImage: null,
        summary: [],
      };
    });
    await saveArticles(db, articles.slice(0, 100));
    await mergePending(db);
    await saveArticles(db, articles.slice(100)); // waiting to be merged
    const answers: Record<string, string> = {};
    for (const { text } of benchQueries(20, SEED))
      answers[text] = digest(shown(await searchArticles(db, text, { limit: 10 })));
    expect(answers).toMatchSnapshot();
    db.close();
  }, 60_000);
});

// Queries keep what they read in memory (pages, waiting articles, candidates' text). A reader
// must never see the cache: a deleted article is never found again, and a save or delete made
// through another connection (another library tab, the popup) shows in the next query.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bareArticle, deleteArticle, openLedeDb, saveArticle, type LedeDb } from '../../../lib/db/write';
import { searchArticles } from '../../../lib/search';
import { mergePending } from '../../../lib/db/write/search-merge';

let indexedDB: IDBFactory;
let page: LedeDb;
let otherTab: LedeDb;
beforeEach(async () => {
  indexedDB = new IDBFactory();
  page = await openLedeDb({ name: 'cache-test', indexedDB, IDBKeyRange });
  otherTab = await openLedeDb({ name: 'cache-test', indexedDB, IDBKeyRange });
});
afterEach(() => {
  page.close();
  otherTab.close();
});

async function save(db: LedeDb, slug: string, text: string): Promise<number> {
  const saved = await saveArticle(db, bareArticle({ url: `https://news.example/${slug}`, title: `Tin ${slug}`, text }));
  if (!saved.ok) throw new Error(saved.reason);
  return saved.id;
}

const found = async (query: string) => (await searchArticles(page, query)).map((hit) => hit.url).sort();
const snippets = async (query: string) =>
  (await searchArticles(page, query)).map((hit) => hit.snippet.map((s) => s.text).join(''));

describe.each([
  ['waiting to be merged', async () => {}],
  ['merged into the index pages', () => mergePending(page)],
])('the search cache, articles %s', (_state, settle) => {
  it('never finds a deleted article again, deleted here or in another tab', async () => {
    const here = await save(page, 'here', 'Bão số 3 đổ bộ vào Quảng Ninh.');
    const there = await save(page, 'there', 'Bão số 4 đổ bộ vào Hải Phòng.');
    await save(page, 'kept', 'Bão số 5 tan trên biển.');
    await settle();
    expect(await found('bão')).toHaveLength(3); // the cache now holds all three
    await deleteArticle(page, here);
    expect(await found('bão')).toEqual(['https://news.example/kept', 'https://news.example/there']);
    await deleteArticle(otherTab, there);
    expect(await found('bão')).toEqual(['https://news.example/kept']);
    expect(await found('hai phong')).toEqual([]);
  });

  it('shows an article saved in another tab, and its new text when saved again there', async () => {
    await save(page, 'first', 'Giá vàng hôm nay tăng mạnh.');
    await settle();
    expect(await found('vang')).toHaveLength(1);
    await save(otherTab, 'second', 'Giá vàng thế giới giảm.');
    expect(await found('vang')).toHaveLength(2);
    await save(otherTab, 'first', 'Giá xăng hôm nay tăng mạnh.');
    expect(await found('vang')).toEqual(['https://news.example/second']);
    expect(await snippets('xang')).toEqual(['Giá xăng hôm nay tăng mạnh.']);
  });

  it('follows merges made by another tab', async () => {
    for (let n = 0; n < 20; n++) await save(page, `n${n}`, `Học sinh trường số ${n} tại Hà Nội.`);
    await settle();
    expect(await found('hoc sinh')).toHaveLength(20);
    await deleteArticle(otherTab, 1);
    await mergePending(otherTab);
    expect(await found('hoc sinh')).toHaveLength(19);
    await save(otherTab, 'n5', 'Giáo viên trường số 5.');
    await mergePending(otherTab);
    expect(await found('hoc sinh')).toHaveLength(18);
    expect(await found('giao vien')).toEqual(['https://news.example/n5']);
  });
});

it('starts afresh when the database is deleted and created again under the same name', async () => {
  await save(page, 'old', 'Mưa lớn ở Huế.');
  await mergePending(page);
  expect(await found('mưa')).toHaveLength(1);
  otherTab.close();
  await page.delete();
  await page.open();
  await save(page, 'new', 'Nắng nóng ở Huế.');
  await mergePending(page);
  expect(await found('mưa')).toEqual([]);
  expect(await found('huế')).toEqual(['https://news.example/new']);
});

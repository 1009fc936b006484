import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteArticle, openLedeDb, type LedeDb } from '../../../lib/db/write';
import { searchArticles } from '../../../lib/search';
import { mergePending } from '../../../lib/db/write/search-merge';
import { foundIds, INDEX_STATES, saveBare } from '../library-helpers';

let indexedDB: IDBFactory;
let db: LedeDb;
beforeEach(async () => {
  indexedDB = new IDBFactory();
  db = await openLedeDb({ name: 'search-test', indexedDB, IDBKeyRange });
});
afterEach(() => db.close());

/** Saves an article; `slug` makes its address. Filler words keep lengths comparable. */
const save = (slug: string, title: string, text: string) => saveBare(db, slug, title, text);

const ids = (query: string) => foundIds(db, query);

describe.each(INDEX_STATES)('search, %s', (_state, settle) => {
  it('finds accented words typed with or without accents, in any case', async () => {
    const id = await save('poverty', 'Chính sách mới', 'Tỉnh đẩy mạnh giảm nghèo bền vững cho đồng bào.');
    await save('other', 'Thời tiết', 'Trời nắng đẹp cả tuần.');
    await settle(db);
    for (const query of ['giam ngheo', 'giảm nghèo', 'GIẢM NGHÈO', 'Giảm Nghèo'])
      expect(await ids(query)).toEqual([id]);
  });

  it('ranks exact accents first', async () => {
    const reduce = await save('reduce', 'Tin một', 'Bàn về giảm nghèo ở vùng cao hôm nay.');
    const director = await save('director', 'Tin hai', 'Bàn về giám nghẹo ở vùng cao hôm nay.');
    await settle(db);
    expect(await ids('giảm nghèo')).toEqual([reduce, director]);
    expect(await ids('giám nghẹo')).toEqual([director, reduce]);
    expect(new Set(await ids('giam ngheo'))).toEqual(new Set([reduce, director]));
  });

  it('folds đ to d', async () => {
    const id = await save('danang', 'Đà Nẵng', 'Đường phố Đà Nẵng đông đúc.');
    await settle(db);
    expect(await ids('da nang')).toEqual([id]);
    expect(await ids('duong pho')).toEqual([id]);
  });

  it('ranks articles where the query words stand together higher', async () => {
    const apart = await save('apart', 'Tin A', 'Tin nội bộ về Hà Giang và nội dung trong ngày.');
    const together = await save('together', 'Tin B', 'Tin tức mới về Hà Nội và nội dung trong ngày.');
    await settle(db);
    expect(await ids('Hà Nội')).toEqual([together, apart]);
    expect(await ids('ha noi')).toEqual([together, apart]);
  });

  it('matches the last word as a prefix, as the reader types', async () => {
    const id = await save('poverty', 'Chính sách', 'Giảm nghèo bền vững.');
    await settle(db);
    expect(await ids('nghè')).toEqual([id]);
    expect(await ids('giảm ngh')).toEqual([id]);
    expect(await ids('ngh bền')).toEqual([id]); // "bền" matches; "ngh" alone would not
    expect(await ids('ngh ')).toEqual([]); // a finished word is not a prefix
    expect(await ids('ngh xyz')).toEqual([]);
  });

  it('ranks a word in the title above the same word in the text', async () => {
    const inText = await save('text', 'Tin kinh tế', 'Lạm phát tháng này tăng nhẹ so với tháng trước.');
    const inTitle = await save('title', 'Lạm phát tăng', 'Giá cả tháng này tăng nhẹ so với tháng trước.');
    await settle(db);
    expect(await ids('lạm phát')).toEqual([inTitle, inText]);
  });

  it('no longer finds a deleted article', async () => {
    const kept = await save('kept', 'Bão số 3', 'Bão số 3 đổ bộ vào Quảng Ninh.');
    const deleted = await save('deleted', 'Bão số 4', 'Bão số 4 đổ bộ vào Hải Phòng.');
    await settle(db);
    await deleteArticle(db, deleted);
    expect(await ids('bão')).toEqual([kept]);
    expect(await ids('hai phong')).toEqual([]);
  });

  it('follows an article saved again with new text', async () => {
    await save('story', 'Tin nhanh', 'Mưa lớn ở Huế.');
    await settle(db);
    const id = await save('story', 'Tin nhanh', 'Nắng nóng ở Huế.');
    expect(await ids('mưa lớn')).toEqual([]);
    expect(await ids('nắng nóng')).toEqual([id]);
  });

  it('keeps the index after the database is closed and opened again', async () => {
    const id = await save('kept', 'Giá vàng', 'Giá vàng hôm nay tăng mạnh.');
    await settle(db);
    db.close();
    db = await openLedeDb({ name: 'search-test', indexedDB, IDBKeyRange });
    expect(await ids('gia vang')).toEqual([id]);
  });

  it('returns highlighted snippets as data, matched words marked', async () => {
    await save('snippet', 'Tin', 'Mở đầu. Người dân <b>Hà Nội</b> vui mừng vì giảm nghèo thành công. Kết thúc.');
    await settle(db);
    const [hit] = await searchArticles(db, 'giam ngheo');
    expect(hit!.snippet.filter((s) => s.highlighted).map((s) => s.text)).toEqual(['giảm', 'nghèo']);
    expect(hit!.snippet.map((s) => s.text).join('')).toContain('<b>Hà Nội</b> vui mừng vì giảm nghèo thành công');
  });
});

describe('search, across merges', () => {
  it('gives the same ranking before and after the index pages are rebuilt', async () => {
    for (let n = 0; n < 12; n++)
      await save(
        `n${n}`,
        `Tin ${n} về giáo dục`,
        `Học sinh ${'và giáo viên '.repeat(n % 4)}trường học số ${n} tại Hà Nội.`,
      );
    const before = await searchArticles(db, 'giáo viên hà');
    await mergePending(db);
    const after = await searchArticles(db, 'giáo viên hà');
    expect(after.map((hit) => hit.id)).toEqual(before.map((hit) => hit.id));
    after.forEach((hit, i) => expect(hit.score).toBeCloseTo(before[i]!.score, 9));
  });

  it('says "nothing found" with an empty list and misuse with an error', async () => {
    expect(await searchArticles(db, 'anything')).toEqual([]);
    await save('one', 'Tin', 'Nội dung.');
    expect(await searchArticles(db, '   ')).toEqual([]);
    expect(await searchArticles(db, '!!!')).toEqual([]);
    await expect(searchArticles(db, 'tin', { limit: 0 })).rejects.toThrow(RangeError);
  });

  it('returns at most `limit` hits, best first', async () => {
    for (let n = 0; n < 8; n++) await save(`n${n}`, `Tin ${n}`, `Thể thao ${'bóng đá '.repeat(n + 1)}hôm nay.`);
    const hits = await searchArticles(db, 'bóng đá', { limit: 3 });
    expect(hits).toHaveLength(3);
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
  });
});

// One typo forgiven in a word of five letters or more, on the folded form (accents stay
// optional), always below the word as typed; never in shorter words, nor in a word still being
// typed that the index completes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LedeDb } from '../../../lib/db/write';
import { searchArticles } from '../../../lib/search';
import { isOneEdit } from '../../../lib/search/one-edit';
import { foundIds, freshLibrary, INDEX_STATES, saveBare } from '../library-helpers';

let db: LedeDb;
beforeEach(async () => {
  db = await freshLibrary('typo-search');
});
afterEach(() => db.close());

const save = (slug: string, title: string, text: string) => saveBare(db, slug, title, text);

const ids = (query: string) => foundIds(db, query);

describe.each(INDEX_STATES)('a typo, %s', (_state, settle) => {
  it('is forgiven, accents left out too, and the word meant is highlighted', async () => {
    const poverty = await save('poverty', 'Chính sách', 'Tỉnh đẩy mạnh giảm nghèo bền vững.');
    const budget = await save('budget', 'Finance', 'The government passed the budget today.');
    await save('other', 'Thời tiết', 'Trời nắng đẹp cả tuần.');
    await settle(db);
    expect(await ids('nghoe')).toEqual([poverty]);
    expect(await ids('giảm nghoè ')).toEqual([poverty]);
    expect(await ids('goverment')).toEqual([budget]);
    expect(await ids('govermnent passed')).toEqual([budget]);
    const [hit] = await searchArticles(db, 'goverment ');
    expect(hit!.snippet.filter((s) => s.highlighted).map((s) => s.text)).toEqual(['government']);
  });

  it('ranks below every article with the word as typed, however often the other has its neighbour', async () => {
    const meant = await save('meant', 'Government Government', `${'The government said so. '.repeat(20)}`);
    const typed = await save('typed', 'Notes', `A long piece. ${'Filler words here. '.repeat(60)}One goverment.`);
    await settle(db);
    expect(await ids('goverment ')).toEqual([typed, meant]);
    expect(await ids('government ')).toEqual([meant, typed]);
  });

  it('still counts toward the query words an article matches', async () => {
    const reformOnly = await save('reform', 'Tax', 'The reform of taxes passed today.');
    const both = await save('both', 'Tax', 'The government reform passed today.');
    await settle(db);
    expect(await ids('goverment reform')).toEqual([both, reformOnly]);
  });

  it('is not forgiven in a word under five letters', async () => {
    await save('rail', 'Transport', 'The rail line reopened.');
    await settle(db);
    expect(await ids('rain ')).toEqual([]);
    expect(await ids('rai')).not.toEqual([]); // a prefix still completes
  });

  it('is not looked for in a word being typed that the index completes', async () => {
    const planet = await save('planet', 'Space', 'A new planet was found.');
    const plant = await save('plant', 'Garden', 'Water the plant daily.');
    await settle(db);
    expect(await ids('plane')).toEqual([planet]); // still typing "planet"
    expect(new Set(await ids('plane '))).toEqual(new Set([planet, plant])); // a finished word: one typo away
    expect(await ids('plnat')).toEqual([plant]); // being typed, but nothing completes it
  });
});

describe('isOneEdit', () => {
  const oneEdit = (word: string, key: string) => isOneEdit(word, key, 0, key.length);

  it('accepts one letter inserted, left out, replaced, or two neighbours swapped', () => {
    expect(
      ['goverment', 'governmment', 'govemrnent', 'governmest', 'overnment'].map((w) => oneEdit(w, 'government')),
    ).toEqual([
      true,
      true,
      false, // two letters apart
      true,
      true,
    ]);
    expect(oneEdit('nghoe', 'ngheo')).toBe(true);
    expect(oneEdit('ngheo', 'ngheo')).toBe(false); // the word itself
    expect(oneEdit('ngoeh', 'ngheo')).toBe(false); // two edits
    expect(isOneEdit('plant', 'xxplanetxx', 2, 8)).toBe(true); // read in place
  });
});

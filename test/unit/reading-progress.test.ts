// The reader page takes the reader back to the block they were reading, says how far an article
// is read, and marks it read by itself at the end.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  bareArticle,
  exportLibrary,
  getArticle,
  importLibrary,
  markRead,
  openLedeDb,
  saveArticle,
  setProgress,
} from '../../lib/db/write';
import { percentRead, progressOf, scrollTargetOf } from '../../lib/ui/reading-progress';

/** Ten blocks of 200 px, one after another from y = 100, in a 600 px window. */
const page = (scrollY: number) => ({
  blocks: Array.from({ length: 10 }, (_, i) => ({ top: 100 + i * 200, bottom: 300 + i * 200 })),
  scrollY,
  viewportHeight: 600,
  documentHeight: 2_200,
});

describe('reading progress on the page', () => {
  it('names the block at the top of the screen and the share scrolled', () => {
    expect(progressOf(page(0), 5)).toEqual({ fraction: 0, block: 0, at: 5 });
    expect(progressOf(page(800), 5)).toEqual({ fraction: 0.5, block: 3, at: 5 }); // block 3 spans 700-900
    expect(progressOf(page(1_600), 5)).toEqual({ fraction: 1, block: 7, at: 5 });
  });

  it('goes back to the top of that block, whatever the page around it measures now', () => {
    const bigger = { ...page(0), blocks: page(0).blocks.map((box) => ({ top: box.top * 2, bottom: box.bottom * 2 })) };
    expect(scrollTargetOf({ fraction: 0.5, block: 3, at: 0 }, bigger)).toBe(1_400);
    // an article that has fewer blocks now: the share instead
    expect(scrollTargetOf({ fraction: 0.5, block: 40, at: 0 }, page(0))).toBe(800);
  });

  it('says "x % read" only for an article started and not finished', () => {
    expect(percentRead(undefined)).toBeNull();
    expect(percentRead({ fraction: 0, block: 0, at: 0 })).toBeNull();
    expect(percentRead({ fraction: 0.424, block: 4, at: 0 })).toBe(42);
    expect(percentRead({ fraction: 0.999, block: 9, at: 0 })).toBe(99);
  });
});

describe('reading progress in the library', () => {
  const freshDb = (name: string) => openLedeDb({ name, indexedDB: new IDBFactory(), IDBKeyRange });

  it('keeps where the reader is, and marks the article read at its end, once', async () => {
    const db = await freshDb('progress');
    const saved = await saveArticle(db, bareArticle({ url: 'https://bao.example/p', title: 'Bài', text: 'Một.' }));
    if (!saved.ok) throw new Error(saved.reason);
    await setProgress(db, saved.id, { fraction: 0.4, block: 3, at: 1_000 });
    expect(await getArticle(db, saved.id)).toMatchObject({ progress: { fraction: 0.4, block: 3 }, readAt: null });
    await setProgress(db, saved.id, { fraction: 0.97, block: 9, at: 2_000 });
    expect(await getArticle(db, saved.id)).toMatchObject({ readAt: 2_000 });
    // marked unread by the reader, then read to the end again: read again
    await markRead(db, saved.id, false);
    await setProgress(db, saved.id, { fraction: 1, block: 9, at: 3_000 });
    expect((await getArticle(db, saved.id))?.readAt).toBe(3_000);
    // a save of the page again keeps the place
    await saveArticle(db, bareArticle({ url: 'https://bao.example/p', title: 'Bài', text: 'Một. Hai.' }));
    expect((await getArticle(db, saved.id))?.progress).toMatchObject({ block: 9 });
  });

  it('goes through the library file, and an old file without it still imports', async () => {
    const db = await freshDb('progress-file');
    const saved = await saveArticle(db, bareArticle({ url: 'https://bao.example/f', title: 'Bài', text: 'Một.' }));
    if (!saved.ok) throw new Error(saved.reason);
    await setProgress(db, saved.id, { fraction: 0.5, block: 2, at: 1_000 });
    const file = JSON.parse(JSON.stringify(await exportLibrary(db)));
    const other = await freshDb('progress-elsewhere');
    await importLibrary(other, file);
    expect((await getArticle(other, 1))?.progress).toEqual({ fraction: 0.5, block: 2, at: 1_000 });
    file.articles[0].progress = { fraction: 7, block: -1, at: 'x' };
    expect(await importLibrary(await freshDb('bad'), file)).toMatchObject({
      ok: false,
      problem: { code: 'bad-field', field: 'progress' },
    });
  });
});

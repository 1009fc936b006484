// "Keep pictures for offline reading": a saved article's pictures are fetched once, kept beside
// it, shown by the reader in place of the network's, and freed when the article is deleted.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  bareArticle,
  deleteArticle,
  exportLibrary,
  getArticleByUrl,
  importLibrary,
  openLedeDb,
  queueImages,
  saveArticle,
} from '../../lib/db/write';
import { keptPictures } from '../../lib/db/read/images';
import { keepArticleImages, pictureAddresses, runImageQueue, type KeepImagesHost } from '../../lib/images/keep';
import { showKeptPictures } from '../../lib/ui/kept-pictures';

const parseHtml = (html: string) => new JSDOM(html).window.document;
const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

async function savedWithPictures(html: string) {
  const db = await openLedeDb({ name: 'pictures', indexedDB: new IDBFactory(), IDBKeyRange });
  const saved = await saveArticle(db, {
    ...bareArticle({ url: 'https://bao.example/a', title: 'Ảnh', text: 'Một.' }),
    html,
  });
  if (!saved.ok) throw new Error(saved.reason);
  return { db, id: saved.id };
}

function host(db: KeepImagesHost['db'], answers: Record<string, () => Response>): KeepImagesHost & { asked: string[] } {
  const asked: string[] = [];
  return {
    db,
    asked,
    fetch: async (url, init) => {
      asked.push(url);
      expect(init.credentials).toBe('omit');
      return answers[url]?.() ?? new Response('', { status: 404 });
    },
    downscale: async (source) => ({
      blob: new Blob([await source.arrayBuffer()], { type: 'image/webp' }),
      width: 4,
      height: 3,
    }),
    parseHtml,
    mayFetch: (url) => !url.includes('closed.example'),
  };
}

const picture = () => new Response(PNG, { headers: { 'content-type': 'image/png' } });

describe('keeping pictures offline', () => {
  it('keeps each picture of the saved article once, from granted sites only, and skips what is no picture', async () => {
    const html = [
      '<figure><img src="https://cdn.example/1.png"></figure>',
      '<p><img src="https://cdn.example/1.png"> again</p>',
      '<img src="https://cdn.example/2.png">',
      '<img src="https://cdn.example/page.html">',
      '<img src="https://closed.example/3.png">',
    ].join('');
    const { db, id } = await savedWithPictures(html);
    const network = host(db, {
      'https://cdn.example/1.png': picture,
      'https://cdn.example/2.png': picture,
      'https://cdn.example/page.html': () => new Response('<html>', { headers: { 'content-type': 'text/html' } }),
    });
    expect(await keepArticleImages(network, id)).toBe(2);
    expect(network.asked).toEqual([
      'https://cdn.example/1.png',
      'https://cdn.example/2.png',
      'https://cdn.example/page.html',
    ]);
    const kept = await keptPictures(db, id);
    expect([...kept.keys()]).toEqual(['https://cdn.example/1.png', 'https://cdn.example/2.png']);
    expect(kept.get('https://cdn.example/1.png')!.type).toBe('image/webp');
  });

  it('works through the queue of saved articles, and frees the pictures when the article is deleted', async () => {
    const { db, id } = await savedWithPictures('<img src="https://cdn.example/1.png">');
    await queueImages(db, [id], Date.now());
    expect(await runImageQueue(host(db, { 'https://cdn.example/1.png': picture }))).toBe(1);
    expect([await db.images.count(), await db.imageQueue.count()]).toEqual([1, 0]);
    await deleteArticle(db, id);
    expect(await db.images.count()).toBe(0);
  });

  it('shows the kept copy in place of the picture on the network, without its other sources', () => {
    const doc = parseHtml(
      '<picture><source srcset="https://cdn.example/1.webp"><img src="https://cdn.example/1.png" srcset="https://cdn.example/1@2x.png 2x"></picture><img src="https://cdn.example/other.png">',
    );
    expect(showKeptPictures(doc.body, new Map([['https://cdn.example/1.png', 'blob:lede/1']]))).toBe(1);
    expect(doc.body.innerHTML).toBe(
      '<picture><img src="blob:lede/1"></picture><img src="https://cdn.example/other.png">',
    );
  });

  it('lists only absolute web pictures, at most a gallery-sized number', () => {
    const many = Array.from({ length: 60 }, (_, i) => `<img src="https://cdn.example/${i}.png">`).join('');
    expect(
      pictureAddresses(`<img src="/relative.png"><img src="data:image/png;base64,AA==">${many}`, parseHtml),
    ).toHaveLength(40);
  });
});

describe('pictures in the library file', () => {
  it('leaves them out unless asked, and brings them back with their article in another library', async () => {
    const { db, id } = await savedWithPictures('<img src="https://cdn.example/1.png">');
    await keepArticleImages(host(db, { 'https://cdn.example/1.png': picture }), id);
    expect((await exportLibrary(db)).pictures).toBeUndefined();
    const file = JSON.parse(JSON.stringify(await exportLibrary(db, { pictures: true })));
    expect(file.pictures).toEqual([
      expect.objectContaining({ article: 'https://bao.example/a', url: 'https://cdn.example/1.png' }),
    ]);
    file.pictures.push({
      article: 'https://bao.example/a',
      url: 'https://cdn.example/broken.png',
      type: 'image/png',
      width: 1,
      height: 1,
      data: '%%%',
    });

    const other = await openLedeDb({ name: 'pictures-elsewhere', indexedDB: new IDBFactory(), IDBKeyRange });
    expect(await importLibrary(other, file)).toMatchObject({ ok: true, added: 1 });
    const article = await getArticleByUrl(other, 'https://bao.example/a');
    const kept = await keptPictures(other, article!.id);
    expect([...kept.keys()]).toEqual(['https://cdn.example/1.png']); // the damaged one left out
    expect(new Uint8Array(await kept.get('https://cdn.example/1.png')!.arrayBuffer())).toEqual(PNG);
  });
});

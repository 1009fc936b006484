// "Keep pictures for offline reading" in real Chromium (issue 14): the reader turned it on, saves
// an article from the popup, the background keeps its pictures (downscaled in the offscreen
// document), the site goes away, and the reader page still shows every picture.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROSE } from '../unit/helpers';
import { ARTICLE_READY, chromiumOrSkipReason, launchWithExtension, openPopup, type LedeBrowser } from './harness';

const chromium = chromiumOrSkipReason();

/** A real PNG of `width` × `height` in one colour: something createImageBitmap decodes. */
function png(width: number, height: number): Buffer {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = table[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x8a)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const PICTURES = ['/img/a.png', '/img/b.png', '/img/c.png'];

function articlePage(): string {
  const figures = PICTURES.map(
    (src, i) =>
      `<figure><img src="${src}" width="1600" height="1000" alt=""><figcaption>Ảnh ${i + 1}</figcaption></figure>`,
  );
  const body = PROSE.map((text, i) => `<p>${text}</p>${figures[i] ?? ''}`).join('');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Ảnh về đồng bằng - Báo Thử</title></head><body><article><h1>Ảnh về đồng bằng</h1>${body}</article></body></html>`;
}

describe.skipIf('skip' in chromium)('pictures kept offline in real Chromium', () => {
  let server: Server;
  let origin = '';
  let lede: LedeBrowser;
  const asked: string[] = [];

  beforeAll(async () => {
    const picture = png(1600, 1000);
    server = createServer((req, res) => {
      asked.push(req.url ?? '');
      if (req.url === '/article.html') return res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage());
      if (PICTURES.includes(req.url ?? '')) return res.writeHead(200, { 'content-type': 'image/png' }).end(picture);
      res.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    lede = await launchWithExtension((chromium as { path: string }).path);
  });
  afterAll(async () => {
    await lede?.close();
    server?.closeAllConnections();
    server?.close();
  });

  it('saves with pictures, then shows them from the library with the site gone', async () => {
    // the reader's setting (the switch asks for the sites; the test build has 127.0.0.1 already)
    await lede.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }
      ).chrome.storage.local.set({
        keepImagesOffline: true,
      }),
    );
    const page = await lede.context.newPage();
    await page.goto(`${origin}/article.html`);
    asked.length = 0; // the page's own loads of its pictures are not Lede's
    const popup = await openPopup(lede, page);
    await popup.waitFor('.savebar button:not([disabled])');
    await popup.clickButton('Save');
    await popup.waitFor('.savebar button[aria-pressed="true"]');
    await popup.close();
    // the background fetched every picture (the popup may close at once: the background does it)
    await expect.poll(() => PICTURES.every((src) => asked.includes(src)), { timeout: 30_000 }).toBe(true);

    const reader = await lede.context.newPage();
    const library = `chrome-extension://${lede.extensionId}/library.html`;
    await reader.goto(library);
    const link = await reader.locator('.item__title').first().getAttribute('href');
    // kept once the reader shows blob: pictures (the worker writes them after fetching)
    await expect
      .poll(
        async () => {
          await reader.goto(`chrome-extension://${lede.extensionId}${link}`);
          await reader.locator(ARTICLE_READY).waitFor();
          return reader.locator('.article__body img[src^="blob:"]').count();
        },
        { timeout: 30_000 },
      )
      .toBe(PICTURES.length);

    server.closeAllConnections();
    await new Promise((done) => server.close(done)); // offline from here on
    await reader.reload();
    await reader.locator(ARTICLE_READY).waitFor();
    const shown = await reader.locator('.article__body img').evaluateAll((images) =>
      images.map((img) => {
        const picture = img as HTMLImageElement;
        return { blob: picture.src.startsWith('blob:'), loaded: picture.complete && picture.naturalWidth > 0 };
      }),
    );
    expect(shown).toEqual(PICTURES.map(() => ({ blob: true, loaded: true })));
    // downscaled: longest side 1,280 px, not the page's 1,600
    const widths = await reader
      .locator('.article__body img')
      .evaluateAll((images) => images.map((img) => (img as HTMLImageElement).naturalWidth));
    expect(widths).toEqual(PICTURES.map(() => 1280));
  });
});

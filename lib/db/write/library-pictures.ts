// The pictures kept offline in a library file (the reader chooses to export them or not): each
// with its article's address, so an import finds the article whatever its id there. A picture
// that is damaged in the file is left out: pictures are a copy of the web, never worth refusing
// an import for.
import type { ExportedPicture, ImageRow } from '../types';
import type { LedeDb } from './schema';

/** Every kept picture of the articles in `urlOfArticle` (article id → its address). */
export async function exportPictures(
  db: LedeDb,
  urlOfArticle: ReadonlyMap<number, string>,
): Promise<ExportedPicture[]> {
  const rows = (await db.images.toArray()).filter((row) => urlOfArticle.has(row.articleId));
  return Promise.all(
    rows.map(async (row) => ({
      article: urlOfArticle.get(row.articleId)!,
      url: row.url,
      type: row.blob.type,
      width: row.width,
      height: row.height,
      data: await base64(row.blob),
    })),
  );
}

/** Writes the file's pictures for the articles it imported (article address → id), replacing any kept. */
export async function importPictures(
  db: LedeDb,
  pictures: readonly unknown[],
  idOfArticle: ReadonlyMap<string, number>,
): Promise<number> {
  const rows: Omit<ImageRow, 'id'>[] = [];
  for (const picture of pictures) {
    if (!isPicture(picture)) continue;
    const articleId = idOfArticle.get(picture.article);
    const bytes = articleId === undefined ? null : fromBase64(picture.data);
    if (!bytes) continue;
    const { url, width, height, type } = picture;
    rows.push({ articleId: articleId!, url, width, height, blob: new Blob([bytes], { type }) });
  }
  const ids = [...new Set(rows.map((row) => row.articleId))];
  await db.transaction('rw', db.images, async () => {
    await db.images.where('articleId').anyOf(ids).delete();
    await db.images.bulkAdd(rows as ImageRow[]);
  });
  return rows.length;
}

function isPicture(value: unknown): value is ExportedPicture {
  const picture = value as Partial<ExportedPicture> | null;
  return (
    typeof picture === 'object' &&
    picture !== null &&
    typeof picture.article === 'string' &&
    typeof picture.url === 'string' &&
    typeof picture.type === 'string' &&
    picture.type.startsWith('image/') &&
    typeof picture.width === 'number' &&
    typeof picture.height === 'number' &&
    typeof picture.data === 'string'
  );
}

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function fromBase64(data: string): Uint8Array<ArrayBuffer> | null {
  try {
    return Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

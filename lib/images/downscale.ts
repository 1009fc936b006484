// The copy of a picture Lede keeps offline: longest side at most 1,280 px, WebP at quality 0.75
// (JPEG where the browser cannot write WebP), so a library of pictures stays small. Browser-only
// (createImageBitmap, OffscreenCanvas); a picture the browser cannot decode that way (SVG in
// Chrome) is kept as it came when small.
export const DOWNSCALE = { maxSide: 1_280, quality: 0.75, keepUndecodedBytes: 512 * 1024 } as const;

export async function downscalePicture(source: Blob): Promise<{ blob: Blob; width: number; height: number } | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(source);
  } catch {
    return source.size <= DOWNSCALE.keepUndecodedBytes ? { blob: source, width: 0, height: 0 } : null;
  }
  const scale = Math.min(1, DOWNSCALE.maxSide / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const webp = await canvas.convertToBlob({ type: 'image/webp', quality: DOWNSCALE.quality });
  // a browser that cannot write WebP answers PNG: JPEG is smaller for photographs
  const blob =
    webp.type === 'image/webp' ? webp : await canvas.convertToBlob({ type: 'image/jpeg', quality: DOWNSCALE.quality });
  return { blob, width, height };
}

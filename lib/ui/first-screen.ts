// A long article is put on screen in two steps: what fills the first screen, then, after the
// browser has painted it, the rest. The reader sees the beginning as soon as it is ready; the
// rest goes in below it, out of sight, so nothing the reader sees moves (no layout shift).

/** About one popup or reader screen of text, counted generously: a screen shows less. */
const FIRST_SCREEN_CHARS = 3_000;
/** Blocks on the first screen at most, whatever their text (short lines, a list). */
const FIRST_SCREEN_BLOCKS = 24;
/** What a picture counts for, in characters of the first screen: it fills a good part of it. */
const PICTURE_CHARS = 800;
const PICTURE_TAGS = new Set(['img', 'picture', 'figure', 'video', 'table']);

/** Moves the first screen's worth of `fragment`'s top-level nodes into a new fragment (the
 * rest stays in `fragment`). At least one block moves. */
export function takeFirstScreen(fragment: DocumentFragment): DocumentFragment {
  const first = fragment.ownerDocument.createDocumentFragment();
  let chars = 0;
  let blocks = 0;
  while (fragment.firstChild && chars < FIRST_SCREEN_CHARS && blocks < FIRST_SCREEN_BLOCKS) {
    const node = fragment.firstChild;
    chars += weight(node);
    if (node.nodeType === 1) blocks++;
    first.append(node);
  }
  return first;
}

function weight(node: Node): number {
  if (node.nodeType !== 1) return (node.textContent ?? '').trim().length;
  const element = node as Element;
  const pictures = PICTURE_TAGS.has(element.localName) ? 1 : element.getElementsByTagName('img').length;
  return (element.textContent ?? '').length + pictures * PICTURE_CHARS;
}

/** Runs `run` once the browser has painted what is on screen now (a frame, then a task);
 * returns a cancel function. Where no frame comes (a hidden page, jsdom), after a task. */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  const visible = typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible';
  if (visible) frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
  else timer = setTimeout(run, 0);
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

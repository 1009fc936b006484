// How far an article was read in the reader page, and where to take the reader back: the block
// at the top of the screen (it stays the same block when the text size or line width changes,
// where a scroll offset would not), and the share scrolled for the library's "42 % read".
import type { ReadingProgress } from '../db/types';

/** What the page is made of, as far as progress goes: each block's top and bottom in document
 * coordinates, the scroll offset and the viewport's and document's heights. */
export interface PageGeometry {
  blocks: readonly { top: number; bottom: number }[];
  scrollY: number;
  viewportHeight: number;
  documentHeight: number;
}

/** The progress the page shows now. */
export function progressOf(page: PageGeometry, at: number): ReadingProgress {
  const scrollable = page.documentHeight - page.viewportHeight;
  const fraction = scrollable <= 0 ? 1 : Math.min(1, Math.max(0, page.scrollY / scrollable));
  // the first block not yet scrolled past: its bottom is still below the top of the screen
  const block = page.blocks.findIndex((box) => box.bottom > page.scrollY + 1);
  return { fraction: round(fraction), block: block < 0 ? Math.max(0, page.blocks.length - 1) : block, at };
}

/** Where to scroll to show `progress` again: the top of its block (the offset for the fraction
 * when the article has fewer blocks than it had). */
export function scrollTargetOf(progress: ReadingProgress, page: Omit<PageGeometry, 'scrollY'>): number {
  const box = page.blocks[progress.block];
  if (box) return Math.max(0, box.top);
  return progress.fraction * Math.max(0, page.documentHeight - page.viewportHeight);
}

/** "42 % read", as a whole percentage; null when nothing is said (not started, or read). */
export function percentRead(progress: ReadingProgress | undefined): number | null {
  if (!progress || progress.fraction <= 0) return null;
  return Math.min(99, Math.max(1, Math.round(progress.fraction * 100)));
}

const round = (value: number) => Math.round(value * 1000) / 1000;

import { useEffect } from 'preact/hooks';
import type { ReadingProgress } from '@/lib/db/types';
import { articleBlocks } from '@/lib/extract/dom/blocks';
import { progressOf, scrollTargetOf, type PageGeometry } from '@/lib/ui/reading-progress';

/** How long scrolling must pause before the progress is written (a write per frame is waste). */
const SETTLE_MS = 800;

/**
 * The reader page's reading progress: once the article is all on screen, scrolls back to where
 * the reader left it; then keeps, whenever scrolling pauses and when the page is left, how far
 * it is read (`save`, which also marks the article read at its end).
 */
export function useReadingProgress(
  article: { id: number; progress?: ReadingProgress } | null,
  save: (id: number, progress: ReadingProgress) => Promise<unknown>,
): void {
  useEffect(() => {
    if (!article) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    let ready = false;
    const geometry = (): PageGeometry | null => {
      const body = document.querySelector('.article__body:not([aria-busy])');
      if (!body) return null;
      const blocks = articleBlocks(body).map(({ element }) => {
        const box = element?.getBoundingClientRect();
        return box ? { top: box.top + scrollY, bottom: box.bottom + scrollY } : { top: 0, bottom: 0 };
      });
      return { blocks, scrollY, viewportHeight: innerHeight, documentHeight: document.documentElement.scrollHeight };
    };
    const keep = () => {
      const page = ready ? geometry() : null;
      if (page) void save(article.id, progressOf(page, Date.now())).catch(() => undefined);
    };
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(keep, SETTLE_MS);
    };
    // the body is filled in two steps (lib/ui/first-screen.ts): wait for the rest before scrolling
    const restore = () => {
      const page = geometry();
      if (!page) return void (frame = requestAnimationFrame(restore));
      // a link to one of its highlights (the library's list of highlights) goes there instead
      const toHighlight = location.hash.startsWith('#highlight-');
      if (article.progress && !toHighlight)
        scrollTo({ top: scrollTargetOf(article.progress, page), behavior: 'instant' });
      ready = true;
    };
    frame = requestAnimationFrame(restore);
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('pagehide', keep);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      removeEventListener('scroll', onScroll);
      removeEventListener('pagehide', keep);
    };
  }, [article?.id]);
}

import { countDescendants, firstLink } from '../dom/elements';
import type { CleanContext } from './context';

// What makes an element a teaser of another story, for story lists and story cards alike:
// short, mostly a link, and led by that link (thumbnail or headline).

/** Longest text of one item: headline + teaser. */
export const MAX_ITEM_CHARS = 450;
/** Share of an item's text that is linked: a headline link over a short teaser. */
const MIN_ITEM_LINK_DENSITY = 0.2;

const PARAGRAPH_TAGS = new Set(['p']);

/** The page an item links to when the item is a story teaser, else null. */
export function storyTarget(ctx: CleanContext, item: Element): string | null {
  const { chars, linkedChars } = ctx.measure.of(item);
  if (chars > MAX_ITEM_CHARS || (chars > 0 && (linkedChars === 0 || linkedChars / chars < MIN_ITEM_LINK_DENSITY)))
    return null;
  if (item.localName !== 'a' && countDescendants(item, PARAGRAPH_TAGS, 3) > 2) return null;
  const link = leadingLink(item);
  const href = link?.getAttribute('href');
  if (!link || !href || href.startsWith('#') || href.startsWith('javascript:') || sameDocument(href, ctx.pageUrl))
    return null;
  return href;
}

/** The link an item starts with: its first text or image sits inside it. */
function leadingLink(item: Element): Element | null {
  if (item.localName === 'a') return item.hasAttribute('href') ? item : null;
  const link = firstLink(item);
  if (!link) return null;
  const walker = item.ownerDocument.createTreeWalker(item, 1 | 4 /* elements and text */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const isContent = node.nodeType === 3 ? !!node.nodeValue?.trim() : (node as Element).localName === 'img';
    if (isContent) return link.contains(node) ? link : null;
  }
  return null;
}

function sameDocument(href: string, pageUrl: string): boolean {
  try {
    const a = new URL(href, pageUrl);
    const b = new URL(pageUrl);
    return a.origin === b.origin && a.pathname === b.pathname;
  } catch {
    return false;
  }
}

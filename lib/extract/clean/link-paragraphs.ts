import { hasDescendant, IMAGE_TAGS, removeAll, textOf } from '../dom/elements';
import { LINK_PARAGRAPH_DECORATION } from '../rules/patterns';
import { isAttached, type CleanContext } from './context';
import { isRelatedHeading } from './labelled-lists';
import { isTagLead } from './tails';

// Inside the article, a paragraph (or heading, or list item) that is nothing but a link to
// another page is a pointer to another story: thanhnien's ">> headline", vnexpress'
// "Xem thêm: headline", dantri's inline "Đọc thêm" links, English "Read more: headline"; and a
// line of tag links, "Tags: <a>a</a>, <a>b</a>" (links only: "Tags: …" in words is the story's).

const EMBEDDED_TAGS = new Set(['img', 'picture', 'video', 'figure', 'table']);
const BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'li', 'blockquote', 'dt', 'dd']);
/** Characters of unlinked text a link-only block may have: a lead-in such as "Xem thêm:". */
const MAX_DECORATION_CHARS = 24;

/** Removes blocks that are only links to other pages, then lists left empty. */
export function removeLinkOnlyBlocks(ctx: CleanContext): number {
  const found: Element[] = [];
  for (const block of ctx.measure.elements) {
    if (!BLOCKS.has(block.localName) || block === ctx.root) continue;
    const m = ctx.measure.of(block);
    if (m.hasBlockDescendant || m.linkedChars === 0 || m.chars - m.linkedChars > MAX_DECORATION_CHARS) continue;
    if (isLinkOnly(block)) found.push(block);
  }
  const removed = removeAll(found);
  const emptyLists = ctx.measure.elements.filter(
    (list) =>
      (list.localName === 'ul' || list.localName === 'ol') &&
      isAttached(ctx, list) &&
      !textOf(list) &&
      !hasDescendant(list, IMAGE_TAGS),
  );
  removeAll(emptyLists);
  return removed;
}

function isLinkOnly(block: Element): boolean {
  if (hasDescendant(block, EMBEDDED_TAGS)) return false;
  const links = [...block.getElementsByTagName('a')].filter((link) => link.hasAttribute('href') && textOf(link));
  if (links.length === 0 || links.some((link) => (link.getAttribute('href') ?? '').startsWith('#'))) return false;
  let rest = textOf(block);
  for (const link of links) rest = rest.replace(textOf(link), ' ');
  if (LINK_PARAGRAPH_DECORATION.test(rest)) return true;
  const leadIn = rest.replace(/[\s:：>»›•·\-–—]+$/u, '').trim(); // "Xem thêm:", "Read more:", "اقرأ أيضاً:"
  return leadIn !== '' && (isRelatedHeading(leadIn) || isTagLead(leadIn));
}

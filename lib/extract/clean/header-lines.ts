// The reader's header shows the headline and the byline; the same lines left at the top
// of the article body would show them twice.
import { BYLINE_LINE, BYLINE_ROLE_ONLY } from '../../text/credit-lines';
import { hasDescendant, IMAGE_TAGS, normalizeLabel, textOf } from '../dom/elements';
import type { ArticleDraft } from '../step-types';

/** How many blocks from the top a repeated headline or "By …" line is looked for in. */
const TOP_BLOCKS = 3;
const HEADER_BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'p', 'div']);
/** A top block holding any of these is a container, not a headline or byline line. */
const HEADER_CONTAINER_TAGS = new Set(['h1', 'h2', 'h3', 'p', 'div', 'img']);
/** A byline box (name, role, maybe a date) is short; anything longer holds article text. */
const BYLINE_BOX_MAX_CHARS = 80;

/**
 * Removes the headline, an English "By <author>" line, and a "By:" left without its name when
 * Readability left them as the article's first blocks, and keeps the byline line it removed in
 * the draft (the byline's best source then, since it is no longer in the text).
 */
export function removeRepeatedHeader(draft: ArticleDraft): void {
  const article = draft.content;
  const title = normalizeLabel(draft.title);
  const byline = draft.byline ? normalizeLabel(`by ${draft.byline}`) : null;
  let removedByline: string | null = null;
  for (const block of topBlocks(article)) {
    const raw = textOf(block); // whitespace collapsed, ends trimmed
    const text = normalizeLabel(raw);
    if (text === title || BYLINE_ROLE_ONLY.test(raw)) block.remove();
    else if (
      !removedByline &&
      raw.length <= BYLINE_BOX_MAX_CHARS &&
      ((byline && text === byline) || BYLINE_LINE.test(raw))
    ) {
      bylineBox(block, article).remove();
      removedByline = raw;
    }
  }
  draft.bylineLine = removedByline;
}

function topBlocks(article: Element): Element[] {
  const walker = article.ownerDocument.createTreeWalker(article, 1 /* NodeFilter.SHOW_ELEMENT */);
  const top: Element[] = [];
  for (let node = walker.nextNode(); node && top.length < TOP_BLOCKS; node = walker.nextNode()) {
    const block = node as Element;
    if (!HEADER_BLOCKS.has(block.localName) || hasDescendant(block, HEADER_CONTAINER_TAGS) || !textOf(block)) continue;
    top.push(block);
  }
  return top;
}

/**
 * The byline line with the short box around it ("By Jane Doe" + "Transport correspondent"):
 * the highest ancestor inside the article that is still short and shows no picture.
 */
function bylineBox(line: Element, article: Element): Element {
  let box = line;
  for (let parent = line.parentElement; parent && parent !== article; parent = parent.parentElement) {
    if (textOf(parent).length > BYLINE_BOX_MAX_CHARS || hasDescendant(parent, IMAGE_TAGS)) break;
    box = parent;
  }
  return box;
}

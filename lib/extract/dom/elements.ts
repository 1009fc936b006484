// Small DOM helpers shared by the cleaning rules. They only read, except `removeAll`.
import { foldText } from '../../text/fold';

const LABEL_TRIM = /^[\s>»›<«‹•·+*|:\-–—#▶►→]+|[\s>»›<«‹•·+*|:\-–—#▶►→.…]+$/gu;

/** Collapsed, trimmed text of a node. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** True when `root` holds any text besides whitespace (textOf(root) !== ''), found without building its text. */
export function hasText(root: Node): boolean {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/\S/.test(node.nodeValue ?? '')) return true;
  return false;
}

/**
 * Length of `text` with whitespace runs collapsed and its ends trimmed (as textOf gives it),
 * counting no further than `limit` + 1: tells a short label from a paragraph without
 * building a string for every text node of a page.
 */
export function collapsedLength(text: string, limit: number): number {
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length && length <= limit; i++) {
    if (isSpace(text.charCodeAt(i))) pendingSpace = length > 0;
    else {
      length += pendingSpace ? 2 : 1;
      pendingSpace = false;
    }
  }
  return Math.min(length, limit + 1);
}

/** The characters JavaScript's \s matches. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 160 ||
    code === 5760 ||
    (code >= 8192 && code <= 8202) ||
    code === 8232 ||
    code === 8233 ||
    code === 8239 ||
    code === 8287 ||
    code === 12288 ||
    code === 65279
  );
}

/** A label as written on a page, reduced to compare with label lists: "TIN LIÊN QUAN »" → "tin lien quan". */
export function normalizeLabel(text: string): string {
  return foldText(text.replace(/\s+/g, ' ')).replace(LABEL_TRIM, '').replace(/[’`]/g, "'").trim();
}

/** A set of normalised labels, for membership tests. */
export function labelSet(labels: readonly string[]): ReadonlySet<string> {
  return new Set(labels.map(normalizeLabel));
}

/**
 * A quick test that `text` could be one of `labels`: its first word, lower-cased, is the
 * first word of a label (as written or without accents). Skips normalising most of a
 * page's text nodes, which are not labels.
 */
export function labelFirstWordTest(labels: readonly string[]): (text: string) => boolean {
  const firstWord = (text: string) =>
    text.toLowerCase().replace(LEADING_MARKS, '').replace(/[’`]/g, "'").split(/[\s:]/, 1)[0] ?? '';
  const words = new Set(labels.flatMap((label) => [firstWord(label), firstWord(normalizeLabel(label))]));
  return (text) => {
    const word = firstWord(text);
    return words.has(word) || (NON_ASCII.test(word) && words.has(foldText(word))); // an ASCII word folds to itself
  };
}

const NON_ASCII = /[^\x00-\x7f]/;
const LEADING_MARKS = /^[\s>»›<«‹•·+*|:\-–—#▶►→]+/u;

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(element: Element): number {
  const total = textOf(element).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const link of descendantsWithTag(element, LINK_TAGS)) linked += textOf(link).length;
  return Math.min(1, linked / total);
}

/**
 * An element's attribute reader that looks up only the attributes the element has: one
 * getAttributeNames call, where rules testing a dozen names per element would each pay a
 * lookup (costly in jsdom). Null for an absent attribute, like getAttribute.
 */
export function attributeReader(element: Element): { names: readonly string[]; get(name: string): string | null } {
  const names = element.getAttributeNames();
  return { names, get: (name) => (names.includes(name) ? element.getAttribute(name) : null) };
}

/**
 * A test that the class or id of an element has one of `words` (lower case, ASCII) among its
 * name words: the names split at -, _, spaces and camelCase, lower case, plus adjacent words
 * joined ("box-related-news" → box, related, news, boxrelated, relatednews, …). Every name
 * word is a substring of the names lower-cased without separators, so the words are looked
 * for there first, and most elements are rejected without splitting their names.
 */
export function nameWordTest(words: readonly string[]): (element: Element) => boolean {
  const wordSet = new Set(words);
  const anyWord = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  return (element) => {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    return (
      anyWord.test(names.toLowerCase().replace(NAME_SEPARATORS, '')) &&
      splitNames(names).some((word) => wordSet.has(word))
    );
  };
}

const NAME_SEPARATORS = /[\s_\-:]+/g;

function splitNames(names: string): string[] {
  if (!names.trim()) return [];
  const words = names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(NAME_SEPARATORS)
    .filter(Boolean);
  // also the joined pairs, so "box-related-news" yields "relatednews" and "tin-lien-quan" yields "lienquan"
  const joined: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    joined.push(words[i]! + words[i + 1]!);
    if (i + 2 < words.length) joined.push(words[i]! + words[i + 1]! + words[i + 2]!);
  }
  return [...words, ...joined];
}

/** Removes every element of the list that still has a parent (the article may be a detached tree). */
export function removeAll(elements: Iterable<Element>): number {
  let removed = 0;
  for (const element of elements) {
    if (element.parentNode) {
      element.remove();
      removed++;
    }
  }
  return removed;
}

/**
 * The first descendant of `root` (not `root` itself), in document order, with one of
 * `tags`; null when none. A walk that stops at the first match: querySelector costs
 * ~60 µs a call in jsdom whatever the subtree, this walk ~1 µs an element, and browsers
 * are as fast either way.
 */
export function firstDescendant(root: ParentNode, tags: ReadonlySet<string>): Element | null {
  return findDescendant(root, (element) => tags.has(element.localName));
}

/** The first descendant of `root`, in document order, that passes `test`; null when none. */
export function findDescendant(root: ParentNode, test: (element: Element) => boolean): Element | null {
  for (let node = root.firstElementChild; node; node = nextInWalk(node, root)) if (test(node)) return node;
  return null;
}

/** Every descendant of `root` with one of `tags`, in document order (getElementsByTagName for a list of tags, as a plain array). */
export function descendantsWithTag(root: ParentNode, tags: ReadonlySet<string>): Element[] {
  const found: Element[] = [];
  for (let node = root.firstElementChild; node; node = nextInWalk(node, root))
    if (tags.has(node.localName)) found.push(node);
  return found;
}

/** How many descendants of `root` have one of `tags`, counting no further than `enough`. */
export function countDescendants(root: ParentNode, tags: ReadonlySet<string>, enough: number): number {
  let count = 0;
  for (let node = root.firstElementChild; node && count < enough; node = nextInWalk(node, root))
    if (tags.has(node.localName)) count++;
  return count;
}

/** True when `root` has a descendant with one of `tags`. */
export function hasDescendant(root: Element, tags: ReadonlySet<string>): boolean {
  return firstDescendant(root, tags) !== null;
}

/** The element after `node` in document order inside `root` (pre-order), or null at the end of `root`. */
export function nextInWalk(node: Element, root: ParentNode): Element | null {
  return node.firstElementChild ?? nextAfterSubtree(node, root);
}

/** The element after `node` and everything inside it, in document order inside `root`, or null. */
export function nextAfterSubtree(node: Element, root: ParentNode): Element | null {
  for (let up: Element | null = node; up && up !== (root as Node); up = up.parentElement) {
    const sibling = up.nextElementSibling;
    if (sibling) return sibling;
  }
  return null;
}

/** `element` or its nearest ancestor with one of `tags`: Element.closest for a list of tags, without a selector engine. */
export function closestTag(element: Element, tags: ReadonlySet<string>): Element | null {
  return closestWhere(element, (node) => tags.has(node.localName));
}

/** `element` or its nearest ancestor that passes `test`, or null. */
export function closestWhere(element: Element, test: (element: Element) => boolean): Element | null {
  for (let node: Element | null = element; node; node = node.parentElement) if (test(node)) return node;
  return null;
}

/** The first descendant link with an href, or null. */
export function firstLink(root: Element): Element | null {
  return findDescendant(root, (element) => element.localName === 'a' && element.hasAttribute('href'));
}

const LINK_TAGS: ReadonlySet<string> = new Set(['a']);
export const MEDIA_TAGS: ReadonlySet<string> = new Set(['img', 'picture', 'video']);
export const IMAGE_TAGS: ReadonlySet<string> = new Set(['img']);

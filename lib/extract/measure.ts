// One pass over a subtree that measures, for every element, how much text it holds and
// how much of that sits inside links. Rules ask these numbers for many elements; reading
// textContent for each would cost a walk of its subtree every time.

/** Elements that start a new block of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'pre', 'blockquote', 'li', 'td', 'th', 'div', 'table', 'ul', 'ol', 'section', 'article', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'footer', 'aside', 'nav', 'main', 'form', 'dl', 'dd', 'dt', 'tr', 'tbody',
  'thead', 'tfoot', 'caption', 'center', 'address', 'details', 'summary', 'body', 'hr', 'picture',
]);

export interface ElementMeasure {
  /** Characters of text in the subtree (whitespace runs count as nothing). */
  chars: number;
  /** Of those, characters inside links. */
  linkedChars: number;
  /** Characters the element holds itself: its text and inline children, not its child blocks. */
  ownChars: number;
  ownLinkedChars: number;
  /** Whether any descendant is a block. */
  hasBlockDescendant: boolean;
}

/** Elements whose text no reader sees: code, styles, hidden templates, form option lists. */
const UNSEEN_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'head', 'title', 'select', 'option', 'textarea']);

const EMPTY: ElementMeasure = { chars: 0, linkedChars: 0, ownChars: 0, ownLinkedChars: 0, hasBlockDescendant: false };

export interface TextMeasure {
  of(element: Element): ElementMeasure;
  linkDensity(element: Element): number;
  /** Elements in document order (as measured). */
  elements: readonly Element[];
}

/** Measures `root` and everything in it. Iterative, so deeply nested pages cannot overflow the stack. */
export function measureText(root: Element): TextMeasure {
  const measures = new Map<Element, ElementMeasure>();
  const elements: Element[] = [];
  // pre-order collection, then a reverse pass computes children before parents
  const stack: Element[] = [root];
  while (stack.length) {
    const element = stack.pop()!;
    elements.push(element);
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i]!;
    if (UNSEEN_TAGS.has(element.localName)) continue; // measured as empty
    const isLink = element.localName === 'a';
    const m: ElementMeasure = { chars: 0, linkedChars: 0, ownChars: 0, ownLinkedChars: 0, hasBlockDescendant: false };
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const length = textLength(child.nodeValue ?? '');
        m.chars += length;
        m.ownChars += length;
        if (isLink) { m.linkedChars += length; m.ownLinkedChars += length; }
      } else if (child.nodeType === 1) {
        const c = measures.get(child as Element) ?? EMPTY;
        const childLinked = isLink ? c.chars : c.linkedChars;
        m.chars += c.chars;
        m.linkedChars += childLinked;
        if (BLOCK_TAGS.has((child as Element).localName)) m.hasBlockDescendant = true;
        else {
          m.ownChars += c.chars;
          m.ownLinkedChars += childLinked;
          m.hasBlockDescendant ||= c.hasBlockDescendant;
        }
      }
    }
    measures.set(element, m);
  }
  const of = (element: Element) => measures.get(element) ?? EMPTY;
  return {
    of,
    linkDensity: (element) => {
      const m = of(element);
      return m.chars ? Math.min(1, m.linkedChars / m.chars) : 0;
    },
    elements,
  };
}

/** Length of a text with whitespace runs collapsed and ends trimmed. */
function textLength(text: string): number {
  let length = 0;
  let inSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 13 || code === 160 || code === 12;
    if (!space) length++;
    else if (!inSpace) length++;
    inSpace = space;
  }
  return inSpace && length > 0 ? length - 1 : length;
}

// One pass over a subtree that measures, for every element, how much text it holds and
// how much of that sits inside links. Rules ask these numbers for many elements; reading
// textContent for each would cost a walk of its subtree every time.

/** Elements that start a new block of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p',
  'pre',
  'blockquote',
  'li',
  'td',
  'th',
  'div',
  'table',
  'ul',
  'ol',
  'section',
  'article',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'footer',
  'aside',
  'nav',
  'main',
  'form',
  'dl',
  'dd',
  'dt',
  'tr',
  'tbody',
  'thead',
  'tfoot',
  'caption',
  'center',
  'address',
  'details',
  'summary',
  'body',
  'hr',
  'picture',
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
const UNSEEN_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'head',
  'title',
  'select',
  'option',
  'textarea',
]);

const EMPTY: ElementMeasure = { chars: 0, linkedChars: 0, ownChars: 0, ownLinkedChars: 0, hasBlockDescendant: false };

export interface TextMeasure {
  of(element: Element): ElementMeasure;
  linkDensity(element: Element): number;
  /** Elements in document order (as measured). */
  elements: readonly Element[];
  /** Text nodes in document order (as measured), for rules that read short labels. */
  texts: readonly Text[];
}

/**
 * Measures `root` and everything in it, in one walk in document order that closes each
 * element when it leaves it. Iterative, so deeply nested pages cannot overflow the stack.
 */
export function measureText(root: Element): TextMeasure {
  const measures = new Map<Element, ElementMeasure>();
  const elements: Element[] = [root];
  const texts: Text[] = [];
  // the open elements, outermost first, and what each has gathered so far
  const open: Element[] = [root];
  const gathered: ElementMeasure[] = [emptyMeasure()];
  let node = root.firstChild;
  while (open.length) {
    if (node) {
      if (node.nodeType === 1) {
        elements.push(node as Element);
        open.push(node as Element);
        gathered.push(emptyMeasure());
        node = node.firstChild;
        continue;
      }
      if (node.nodeType === 3) {
        texts.push(node as Text);
        addText(open[open.length - 1]!, gathered[gathered.length - 1]!, node.nodeValue ?? '');
      }
      node = node.nextSibling;
      continue;
    }
    // the last open element has no more children: close it into its parent
    const element = open.pop()!;
    const measure = gathered.pop()!;
    const seen = !UNSEEN_TAGS.has(element.localName);
    if (seen) measures.set(element, measure);
    if (open.length) addChild(open[open.length - 1]!, gathered[gathered.length - 1]!, element, seen ? measure : EMPTY);
    node = element === root ? null : element.nextSibling;
  }
  const of = (element: Element) => measures.get(element) ?? EMPTY;
  return {
    of,
    linkDensity: (element) => {
      const m = of(element);
      return m.chars ? Math.min(1, m.linkedChars / m.chars) : 0;
    },
    elements,
    texts,
  };
}

function emptyMeasure(): ElementMeasure {
  return { chars: 0, linkedChars: 0, ownChars: 0, ownLinkedChars: 0, hasBlockDescendant: false };
}

function addText(parent: Element, m: ElementMeasure, text: string): void {
  if (UNSEEN_TAGS.has(parent.localName)) return; // measured as empty whatever it holds
  const length = textLength(text);
  m.chars += length;
  m.ownChars += length;
  if (parent.localName === 'a') {
    m.linkedChars += length;
    m.ownLinkedChars += length;
  }
}

function addChild(parent: Element, m: ElementMeasure, child: Element, c: ElementMeasure): void {
  const childLinked = parent.localName === 'a' ? c.chars : c.linkedChars;
  m.chars += c.chars;
  m.linkedChars += childLinked;
  if (BLOCK_TAGS.has(child.localName)) m.hasBlockDescendant = true;
  else {
    m.ownChars += c.chars;
    m.ownLinkedChars += childLinked;
    m.hasBlockDescendant ||= c.hasBlockDescendant;
  }
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

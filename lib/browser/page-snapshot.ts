// The page's nodes, handed from the page to the popup, which reads the article on its own
// thread: however long Lede's steps or Readability take on a huge or hostile page, the page
// never freezes. Not as HTML: serializing and parsing again is not the identity (that is what
// mutation XSS plays on: `<math><mtext><table><mglyph><style><!--</style>` hides the rest of a
// page once reparsed), and a parser without scripting reads <noscript> as markup where the page
// has it as text. The snapshot is the tree itself, flat, in document order; both ends work in
// slices, giving the thread back between them.
import { MAX_ATTRIBUTE_CHARS } from '../extract/prepare/huge-attributes';

/** One node in document order: an element opening (`[name, namespace, ...attribute name/value
 * pairs]`), its end (`0`), or a text node (a string). */
export type SnapshotToken = [string, number, ...string[]] | 0 | string;

const NAMESPACES = ['http://www.w3.org/1999/xhtml', 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML'];
const END = 0;
/** Scripts that are data, read for metadata (JSON-LD): the text of any other script is left out. */
const DATA_SCRIPT = /json/i;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// The page's own elements are read through the DOM's prototypes, never through the element:
// a <form> holding <input name="attributes"> or name="nextSibling" answers `form.attributes`
// with the input (DOM clobbering, which reaches content scripts too). The prototypes are the
// document's own window's (the browser's, or jsdom's in tests).
type Realm = Pick<typeof globalThis, 'Node' | 'Element' | 'Attr' | 'HTMLImageElement'>;
const getter = <T>(proto: object, name: string) =>
  Object.getOwnPropertyDescriptor(proto, name)!.get! as (this: T) => unknown;

function readerFor({ Node, Element, Attr, HTMLImageElement }: Realm) {
  const get = {
    nodeType: getter<Node>(Node.prototype, 'nodeType'),
    firstChild: getter<Node>(Node.prototype, 'firstChild'),
    nextSibling: getter<Node>(Node.prototype, 'nextSibling'),
    nodeValue: getter<Node>(Node.prototype, 'nodeValue'),
    localName: getter<Element>(Element.prototype, 'localName'),
    namespaceURI: getter<Element>(Element.prototype, 'namespaceURI'),
    attributes: getter<Element>(Element.prototype, 'attributes'),
    name: getter<Attr>(Attr.prototype, 'name'),
    value: getter<Attr>(Attr.prototype, 'value'),
    naturalWidth: getter<HTMLImageElement>(HTMLImageElement.prototype, 'naturalWidth'),
    naturalHeight: getter<HTMLImageElement>(HTMLImageElement.prototype, 'naturalHeight'),
  };
  return {
    nodeType: (node: Node) => get.nodeType.call(node) as number,
    firstChild: (node: Node) => get.firstChild.call(node) as Node | null,
    nextSibling: (node: Node) => get.nextSibling.call(node) as Node | null,
    nodeValue: (node: Node) => get.nodeValue.call(node) as string | null,
    localName: (element: Element) => get.localName.call(element) as string,
    namespaceURI: (element: Element) => get.namespaceURI.call(element) as string | null,
    attributes: (element: Element) => get.attributes.call(element) as NamedNodeMap,
    attrName: (attribute: Attr) => get.name.call(attribute) as string,
    attrValue: (attribute: Attr) => get.value.call(attribute) as string,
    /** The size of a loaded picture, or null (not loaded yet, or not a picture of this page). */
    naturalSize: (element: Element): [number, number] | null => {
      if (!(element instanceof HTMLImageElement)) return null;
      const size: [number, number] = [
        get.naturalWidth.call(element) as number,
        get.naturalHeight.call(element) as number,
      ];
      return size[0] > 0 && size[1] > 0 ? size : null;
    },
    appendChild: (parent: Node, child: Node) => Node.prototype.appendChild.call(parent, child),
    setAttribute: (element: Element, name: string, value: string) =>
      Element.prototype.setAttribute.call(element, name, value),
  };
}
type DomReader = ReturnType<typeof readerFor>;

const realmOf = (doc: Document): Realm => (doc.defaultView as unknown as Realm | null) ?? globalThis;

/** How long one slice of work keeps the thread, and how to give it back. */
export interface Slicing {
  sliceMs: number;
  /** Resolves in a later task (tests pass an immediate one). */
  pause: () => Promise<void>;
}

export const PAGE_SLICING: Slicing = { sliceMs: 40, pause: () => new Promise((resume) => setTimeout(resume, 0)) };

/**
 * The tree under `root` as tokens. Leaves out comments, inline event handlers (a parsed copy
 * runs nothing, but Chromium reports each handler set in an extension page as a CSP violation),
 * template contents (removed by the pipeline), the code of scripts and the text of style sheets. If the page changes
 * between slices, what moved may be missed; the snapshot still nests right: ends come from the
 * walk's own stack.
 */
export async function snapshotTree(root: Element, slicing: Slicing = PAGE_SLICING): Promise<SnapshotToken[]> {
  const dom = readerFor(realmOf(root.ownerDocument));
  const tokens: SnapshotToken[] = [];
  const open: Element[] = [];
  let node: Node | null = root;
  let sliceStarted = performance.now();
  let longestSlice = 0;
  let count = 0;
  while (node) {
    if (++count % 512 === 0 && performance.now() - sliceStarted > slicing.sliceMs) {
      longestSlice = Math.max(longestSlice, performance.now() - sliceStarted);
      await slicing.pause();
      sliceStarted = performance.now();
    }
    const type = dom.nodeType(node);
    if (type === ELEMENT_NODE) {
      const element = node as Element;
      const token = opening(dom, element);
      tokens.push(token);
      const name = token[0];
      const isCode = name === 'script' && !DATA_SCRIPT.test(attributeOf(token, 'type'));
      // a style sheet's text: nothing Lede reads (Readability and the sanitizer drop <style>),
      // yet 40 % of the copy's bytes on the Vietnamese pages measured (vnexpress: 176 of 210 KB),
      // and the popup would parse it again as CSS
      const isStyleSheet = name === 'style' && token[1] === 0;
      const child = isCode || isStyleSheet || name === 'template' ? null : dom.firstChild(element);
      if (child) {
        open.push(element);
        node = child;
        continue;
      }
      tokens.push(END);
    } else if (type === TEXT_NODE) {
      tokens.push(dom.nodeValue(node) ?? '');
    }
    if (node === root) break;
    // the next node: a sibling, or the sibling of the nearest open element that has one
    let next: Node | null = dom.nextSibling(node);
    while (!next && open.length) {
      const done = open.pop()!;
      tokens.push(END);
      next = done === root ? null : dom.nextSibling(done);
    }
    node = next;
  }
  while (open.length) (open.pop(), tokens.push(END));
  longestSlice = Math.max(longestSlice, performance.now() - sliceStarted);
  performance.mark('lede:snapshot', { detail: { longestSliceMs: longestSlice } }); // for test/bench/long-tasks.ts
  return tokens;
}

function opening(dom: DomReader, element: Element): [string, number, ...string[]] {
  const namespace = Math.max(0, NAMESPACES.indexOf(dom.namespaceURI(element) ?? ''));
  const token: [string, number, ...string[]] = [dom.localName(element), namespace];
  const attributes = dom.attributes(element);
  for (let i = 0; i < attributes.length; i++) {
    const attribute = attributes[i]!;
    const name = dom.attrName(attribute);
    if (name.length > 2 && (name[0] === 'o' || name[0] === 'O') && (name[1] === 'n' || name[1] === 'N')) continue;
    const value = dom.attrValue(attribute);
    if (value.length > MAX_ATTRIBUTE_CHARS) continue; // an image of megabytes: would cross in one message the page pays for
    token.push(name, value);
  }
  // A picture the page has loaded says its size, so the popup reserves its room before it loads
  // there: the text under it never jumps (issue 13: no layout shift). Not a lazy-loading
  // placeholder's size (a 1×1 GIF or a grey box standing in for the picture named in data-src):
  // Lede swaps the real picture in (prepare/lazy-images.ts), and the box's size is not its size.
  if (token[0] === 'img' && namespace === 0 && !attributeOf(token, 'width') && !attributeOf(token, 'height')) {
    const size = isPlaceholder(token) ? null : dom.naturalSize(element);
    if (size && size[0] >= MIN_SIZED_PICTURE && size[1] >= MIN_SIZED_PICTURE)
      token.push('width', String(size[0]), 'height', String(size[1]));
  }
  return token;
}

/** Pictures smaller than this are icons or beacons: their size is left unsaid. */
const MIN_SIZED_PICTURE = 16;
/** Attributes where lazy-loading scripts keep the real picture (data-src, data-original, data-lazy-srcset…). */
const LAZY_SOURCE = /^data-(?:.*src|original)/i;

/** An <img> that stands in for another picture: an inline data: URL, or a lazy source beside it. */
function isPlaceholder(token: [string, number, ...string[]]): boolean {
  if (/^\s*data:/i.test(attributeOf(token, 'src'))) return true;
  for (let i = 2; i < token.length; i += 2) if (LAZY_SOURCE.test(token[i] as string)) return true;
  return false;
}

/** The value of attribute `name` in an opening token, or ''. */
function attributeOf(token: [string, number, ...string[]], name: string): string {
  for (let i = 2; i + 1 < token.length; i += 2) if (token[i] === name) return token[i + 1] as string;
  return '';
}

/**
 * An inert document (nothing in it loads or runs) holding the snapshot: its first token is the
 * root element (<html>). Names the DOM refuses (a parser accepts more than createElement does)
 * become a <span>, or are left out for attributes.
 */
export async function documentFromSnapshot(
  tokens: readonly SnapshotToken[],
  options: { slicing?: Slicing; window?: Window } = {},
): Promise<Document> {
  const slicing = options.slicing ?? PAGE_SLICING;
  const view = options.window ?? window; // this extension page's (jsdom's in tests)
  const doc = view.document.implementation.createHTMLDocument('');
  const dom = readerFor(view as unknown as Realm);
  const parents: Node[] = [doc];
  doc.documentElement.remove();
  let sliceStarted = performance.now();
  for (let i = 0; i < tokens.length; i++) {
    if (i % 512 === 511 && performance.now() - sliceStarted > slicing.sliceMs) {
      await slicing.pause();
      sliceStarted = performance.now();
    }
    const token = tokens[i]!;
    const parent = parents[parents.length - 1]!;
    if (token === END) {
      if (parents.length > 1) parents.pop();
    } else if (typeof token === 'string') {
      if (parent !== doc) dom.appendChild(parent, doc.createTextNode(token));
    } else {
      const element = createElement(dom, doc, token);
      dom.appendChild(parent, element);
      parents.push(element);
    }
  }
  return doc;
}

// the copy has the page's forms and names too: its elements are built through the prototypes
function createElement(
  dom: DomReader,
  doc: Document,
  [name, namespace, ...attributes]: [string, number, ...string[]],
): Element {
  let element: Element;
  try {
    element = doc.createElementNS(NAMESPACES[namespace] ?? NAMESPACES[0]!, name);
  } catch {
    element = doc.createElement('span');
  }
  for (let i = 0; i + 1 < attributes.length; i += 2) {
    try {
      dom.setAttribute(element, attributes[i]!, attributes[i + 1]!);
    } catch {
      // a name the parser took and setAttribute refuses ("a<b"): nothing Lede reads
    }
  }
  return element;
}

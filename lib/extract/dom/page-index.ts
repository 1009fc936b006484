import { nextAfterSubtree, nextInWalk } from './elements';

// The elements the steps before the cleaning rules look for, listed in one walk over Lede's
// clone. Those steps (templates, lazy images, galleries, page facts) each scanned the whole
// document for a tag: a dozen getElementsByTagName scans, which allocate a live collection
// and walk every element in jsdom. One walk and plain arrays cost a fraction of that.

/** Tags the normalising steps and the page facts read. */
const INDEXED_TAGS: ReadonlySet<string> = new Set([
  'template',
  'noscript',
  'img',
  'source',
  'figure',
  'picture',
  'base',
  'meta',
  'time',
  'link',
  'title',
  'h1',
]);

/**
 * Elements of a document by tag, in document order, as getElementsByTagName would list
 * them. A step that changes the tree in a way that could change a list calls `changed()`;
 * the next read walks the document again, so a list never describes an older tree.
 */
export class PageIndex {
  private lists: Map<string, Element[]> | null = null;

  constructor(private readonly doc: Document) {}

  /** The elements with this tag (one of INDEXED_TAGS), in document order. */
  elements(tag: string): readonly Element[] {
    if (!INDEXED_TAGS.has(tag)) throw new Error(`PageIndex does not list <${tag}>`);
    this.lists ??= indexTags(this.doc);
    return this.lists.get(tag) ?? [];
  }

  /** The tree changed: read it again on the next request. */
  changed(): void {
    this.lists = null;
  }
}

function indexTags(doc: Document): Map<string, Element[]> {
  const lists = new Map<string, Element[]>();
  const root = doc.documentElement;
  for (let node: Element | null = root; node;) {
    const tag: string = node.localName;
    if (INDEXED_TAGS.has(tag)) {
      let list = lists.get(tag);
      if (!list) lists.set(tag, (list = []));
      list.push(node);
    }
    // template contents are inert (and removed first); linkedom alone gives them live children
    node = tag === 'template' ? nextAfterSubtree(node, doc) : nextInWalk(node, doc);
  }
  return lists;
}

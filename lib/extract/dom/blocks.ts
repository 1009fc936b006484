// Block-aware plain text. `textContent` glues words together where two blocks or a
// <br> meet with no whitespace between them ("...hội nghị.Toàn cảnh"); this walk ends
// every block with a paragraph break and every <br> with a line break. The same walk
// over the rendered article gives the same blocks, so a summary sentence's block index
// finds its place on screen.
import { closestTag } from './elements';

/** What a block of article text is; the summarizer reads past headings and captions. */
export type ArticleBlockKind = 'paragraph' | 'heading' | 'caption' | 'list-item';

export interface ArticleBlock {
  text: string;
  kind: ArticleBlockKind;
  /** The innermost block element the text came from. */
  element: Element | null;
}

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tr',
  'ul',
  'caption',
  'picture',
  'td',
  'th',
]);
const CAPTION_TAGS = new Set(['figcaption', 'caption']);
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head']);
const KIND_OF_TAG: Record<string, ArticleBlockKind> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  figcaption: 'caption',
  caption: 'caption',
  li: 'list-item',
  dt: 'list-item',
  dd: 'list-item',
};

/** What the block walk reports: text, a <br>, and the end of a block's text (a block element
 * ending, or a nested block starting), with the block element that text belongs to. */
interface BlockSink {
  text(data: string): void;
  lineBreak(): void;
  end(owner: Element | null): void;
}

/** Walks `root` in reading order, telling `sink` where each block's text ends. Iterative: deep
 * pages must not overflow the stack. */
function walkBlocks(root: Node, sink: BlockSink): void {
  let owner: Element | null = null;
  const stack: Array<{ node: Node; leaving: boolean; previousOwner?: Element | null }> = [
    { node: root, leaving: false },
  ];
  while (stack.length) {
    const { node, leaving, previousOwner } = stack.pop()!;
    if (leaving) {
      sink.end(owner);
      owner = previousOwner ?? null;
      continue;
    }
    if (node.nodeType === 3) {
      sink.text(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) continue;
    const tag = node.nodeType === 1 ? (node as Element).localName : '';
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'br') {
      sink.lineBreak();
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      sink.end(owner);
      stack.push({ node, leaving: true, previousOwner: owner });
      owner = node as Element;
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child, leaving: false });
  }
  sink.end(owner);
}

/** The text blocks of `root`, in reading order, with their kind. */
export function articleBlocks(root: Node): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let parts: string[] = [];
  walkBlocks(root, {
    text: (data) => parts.push(data.replace(/[\n\r\t]+/g, ' ')),
    lineBreak: () => parts.push('\n'),
    end: (owner) => {
      const text = parts
        .join('')
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n');
      if (text) blocks.push({ text, kind: kindOf(owner), element: owner });
      parts = [];
    },
  });
  return blocks;
}

/** The element of each of articleBlocks' blocks, in the same order (the same numbering), without
 * building their text: a block is there when any of its text is not whitespace. The highlights'
 * block numbering on a long article (marks.ts). */
export function articleBlockElements(root: Node): (Element | null)[] {
  const elements: (Element | null)[] = [];
  let hasText = false;
  walkBlocks(root, {
    text: (data) => (hasText ||= /\S/.test(data)),
    lineBreak: () => undefined,
    end: (owner) => {
      if (hasText) elements.push(owner);
      hasText = false;
    },
  });
  return elements;
}

function kindOf(element: Element | null): ArticleBlockKind {
  if (!element) return 'paragraph';
  const kind = KIND_OF_TAG[element.localName];
  if (kind) return kind;
  return closestTag(element, CAPTION_TAGS) ? 'caption' : 'paragraph';
}

/** Plain text of `root`: paragraphs separated by one blank line, spaces collapsed. */
export function blockText(root: Node): string {
  return articleBlocks(root)
    .map((block) => block.text)
    .join('\n\n');
}

// Block-aware plain text. `textContent` glues words together where two blocks or a
// <br> meet with no whitespace between them ("...hội nghị.Toàn cảnh"); this walk
// ends every block with a paragraph break and every <br> with a line break.

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr',
  'ul', 'caption', 'picture',
]);
const CELL_TAGS = new Set(['td', 'th']);
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head']);

const PARAGRAPH_BREAK = '\u0000';

/** Plain text of `root`: paragraphs separated by one blank line, spaces collapsed. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  walk(root, parts);
  return parts
    .join('')
    .split(PARAGRAPH_BREAK)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}

function walk(node: Node, parts: string[]): void {
  if (node.nodeType === 3 /* TEXT_NODE */) {
    parts.push((node.nodeValue ?? '').replace(/[\n\r\t]+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
  const tag = node.nodeType === 1 ? (node as Element).localName : '';
  if (SKIPPED_TAGS.has(tag)) return;
  if (tag === 'br') {
    parts.push('\n');
    return;
  }
  const isBlock = BLOCK_TAGS.has(tag);
  if (isBlock) parts.push(PARAGRAPH_BREAK);
  for (let child = node.firstChild; child; child = child.nextSibling) walk(child, parts);
  if (isBlock) parts.push(PARAGRAPH_BREAK);
  else if (CELL_TAGS.has(tag)) parts.push(' ');
}

const NO_SPACE_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * Words in `text`, counted the way readers count them: runs of letters or digits (a
 * Vietnamese syllable is a word of its spelling). Scripts written without spaces
 * (Chinese, Japanese, Thai…) are split with Intl.Segmenter's dictionaries.
 */
export function countWords(text: string): number {
  if (NO_SPACE_SCRIPTS.test(text) && typeof Intl.Segmenter === 'function') {
    let words = 0;
    for (const segment of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)) if (segment.isWordLike) words++;
    return words;
  }
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)?.length ?? 0;
}

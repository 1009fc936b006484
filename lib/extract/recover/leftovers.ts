import {
  attributeReader,
  closestTag,
  closestWhere,
  descendantsWithTag,
  findDescendant,
  firstDescendant,
  hasDescendant,
  IMAGE_TAGS,
  nameWordTest,
  normalizeLabel,
  textOf,
} from '../dom/elements';
import type { TextMeasure } from '../dom/measure';
import type { ArticleDraft, Leftovers } from '../step-types';
import { AUTHOR_NAME_WORDS, LEAD_NAME_WORDS } from '../rules/selectors';
import { countWords } from '../../text/words';

// What Readability leaves outside the article although it belongs to it: the lead
// paragraph (sapo) printed above the body, the lead photo above the headline, the
// author's name in a box after the body. Found on the cleaned page before Readability
// rearranges it, put back afterwards when missing.

const hasLeadName = nameWordTest(LEAD_NAME_WORDS);
const hasAuthorName = nameWordTest(AUTHOR_NAME_WORDS);
const LEAD_TAGS = new Set(['p', 'div', 'h2', 'h3', 'h4', 'section', 'span', 'strong', 'em', 'summary']);
const LEAD_MIN_CHARS = 40;
const LEAD_MAX_CHARS = 700;
/** A lead paragraph is never inside these: a teaser link, a list item, navigation or a sidebar. */
const NOT_LEAD_CONTAINER_TAGS = new Set(['a', 'li', 'nav', 'aside']);
const HEADLINE_TAGS = new Set(['h1']);
const FIGURE_TAGS = new Set(['figure']);

/** Finds the lead, lead figure and author box on the cleaned page. */
export function findLeftovers(
  body: Element,
  measure: TextMeasure,
  options: { description: string | null; leadImage: string | null; core: Element | null },
): Leftovers {
  return {
    lead: findLead(body, measure, options.description),
    leadFigure: findLeadFigure(body, options.leadImage),
    author: findAuthor(measure),
    signature: options.core ? findSignature(options.core, measure) : null,
  };
}

/** Longest signature line, in characters. */
const SIGNATURE_MAX_CHARS = 60;

/**
 * Vietnamese articles end with the author's name on its own line, right-aligned or bold
 * ("<p style="text-align:right"><strong>Thanh Hằng</strong></p>"), in the body or just after it.
 */
export function findSignature(core: Element, measure: TextMeasure): string | null {
  const candidates: Element[] = [];
  // the last two innermost paragraphs of the body, last first
  const walker = core.ownerDocument.createTreeWalker(core, 1 /* NodeFilter.SHOW_ELEMENT */);
  const lastBlocks: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = node as Element;
    if ((block.localName === 'p' || block.localName === 'div') && !measure.of(block).hasBlockDescendant)
      lastBlocks.push(block);
  }
  candidates.push(...lastBlocks.slice(-2).reverse());
  for (let after = core.nextElementSibling, n = 0; after && n < 2; after = after.nextElementSibling)
    if (textOf(after)) {
      candidates.push(after);
      n++;
    }
  for (const element of candidates) {
    const text = textOf(element);
    if (text.length < 2 || text.length > SIGNATURE_MAX_CHARS || countWords(text) > 8 || /[.!?]$/.test(text)) continue;
    if (isSignatureStyled(element)) return text;
  }
  return null;
}

function isSignatureStyled(element: Element): boolean {
  const style = `${element.getAttribute('style') ?? ''} ${element.getAttribute('align') ?? ''}`.toLowerCase();
  if (/right|bold/.test(style)) return true;
  const only =
    element.childElementCount === 1 && textOf(element.firstElementChild) === textOf(element)
      ? element.firstElementChild!
      : null;
  return !!only && ['strong', 'b', 'em', 'i'].includes(only.localName);
}

function findLead(body: Element, measure: TextMeasure, description: string | null): string | null {
  const fits = (element: Element) => {
    const { chars } = measure.of(element);
    return chars >= LEAD_MIN_CHARS && chars <= LEAD_MAX_CHARS && measure.linkDensity(element) < 0.3;
  };
  for (const element of measure.elements) {
    if (element === body || !LEAD_TAGS.has(element.localName) || !hasLeadName(element)) continue;
    if (element.isConnected && fits(element) && !closestTag(element, NOT_LEAD_CONTAINER_TAGS)) return textOf(element);
  }
  // The page's description usually repeats its lead word for word
  const key = description ? normalizeLabel(description).slice(15, 55) : '';
  if (!description || key.length < 30) return null;
  const [shortest, longest] = [description.length * 0.6, description.length * 1.6];
  for (const element of measure.elements) {
    const { chars, hasBlockDescendant } = measure.of(element);
    if (
      chars < shortest ||
      chars > longest ||
      hasBlockDescendant ||
      !LEAD_TAGS.has(element.localName) ||
      !element.isConnected ||
      !fits(element)
    )
      continue;
    if (normalizeLabel(textOf(element)).includes(key)) return textOf(element);
  }
  return null;
}

function findLeadFigure(body: Element, leadImage: string | null): Element | null {
  return figureUnderHeadline(body) ?? figureShowing(body, imageStem(leadImage));
}

/** The hero photo: the first <figure> after the <h1>, within three levels around it. */
function figureUnderHeadline(body: Element): Element | null {
  const headline = firstDescendant(body, HEADLINE_TAGS);
  let container = headline?.parentElement ?? null;
  for (
    let level = 0;
    headline && container && container !== body && level < 3;
    level++, container = container.parentElement
  ) {
    const figure = findDescendant(
      container,
      (element) => element.localName === 'figure' && isPhotoAfter(headline, element),
    );
    if (figure) return figure.cloneNode(true) as Element;
  }
  return null;
}

/** A figure after the headline that shows a photo and is not a link to another page. */
function isPhotoAfter(headline: Element, figure: Element): boolean {
  return (
    !!(headline.compareDocumentPosition(figure) & 4 /* FOLLOWING */) &&
    hasDescendant(figure, IMAGE_TAGS) &&
    !closestWhere(figure, isLink)
  );
}

function figureShowing(body: Element, stem: string | null): Element | null {
  if (!stem) return null;
  for (const image of descendantsWithTag(body, IMAGE_TAGS)) {
    const sources = [image.getAttribute('src'), image.getAttribute('srcset'), image.getAttribute('data-src')].join(' ');
    if (!sources.includes(stem) || closestWhere(image, isLinkToPage)) continue;
    const figure = closestTag(image, FIGURE_TAGS);
    if (figure) return figure.cloneNode(true) as Element;
    const width = Number(image.getAttribute('width') ?? 0);
    return width >= 300 ? (image.cloneNode(true) as Element) : null;
  }
  return null;
}

const isLink = (element: Element) => element.localName === 'a' && element.hasAttribute('href');
/** A link around a photo that opens another page, not the photo's own .jpg or .png. */
const isLinkToPage = (element: Element) => {
  const href = element.localName === 'a' ? element.getAttribute('href') : null;
  return href !== null && !href.endsWith('.jpg') && !href.endsWith('.png');
};

/** File name of an image without extension or query: ".../xe-buyt-1.jpg?w=680" → "xe-buyt-1". */
export function imageStem(url: string | null | undefined): string | null {
  const file = url?.split(/[?#]/)[0]?.split('/').pop() ?? '';
  const stem = file.split('.')[0] ?? '';
  return stem.length >= 6 ? stem : null;
}

function findAuthor(measure: TextMeasure): string | null {
  for (const element of measure.elements) {
    const attributes = attributeReader(element);
    if (attributes.names.length === 0) continue;
    const named =
      attributes.get('rel') === 'author' || attributes.get('itemprop') === 'author' || hasAuthorName(element);
    if (!named || !element.isConnected) continue;
    const text = ownText(element);
    if (text.length >= 2 && text.length <= 80) return text;
  }
  return null;
}

/** Text of an element without its child blocks (24h puts a rating widget inside the author box). */
function ownText(element: Element): string {
  let text = '';
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.nodeValue;
    else if (
      child.nodeType === 1 &&
      !['div', 'ul', 'ol', 'table', 'p', 'section', 'time', 'img', 'script', 'style'].includes(
        (child as Element).localName,
      )
    )
      text += ` ${child.textContent} `;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Puts the lead and lead figure back at the top of the article when Readability dropped them. */
export function restoreLeftovers({ content: article, leftovers }: ArticleDraft): void {
  const doc = article.ownerDocument;
  const first =
    article.firstElementChild?.localName === 'div' && article.firstElementChild.id === 'readability-page-1'
      ? article.firstElementChild
      : article;
  if (leftovers.lead && !normalizeLabel(textOf(article)).includes(normalizeLabel(leftovers.lead).slice(0, 60))) {
    const paragraph = doc.createElement('p');
    paragraph.textContent = leftovers.lead;
    first.prepend(paragraph);
  }
  const figureImage =
    leftovers.leadFigure?.localName === 'img'
      ? leftovers.leadFigure
      : leftovers.leadFigure && firstDescendant(leftovers.leadFigure, IMAGE_TAGS);
  const src = figureImage?.getAttribute('src') ?? '';
  const stem = imageStem(src);
  const shows = (image: Element) =>
    image.getAttribute('src') === src ||
    (!!stem && `${image.getAttribute('src')} ${image.getAttribute('srcset')}`.includes(stem));
  const hasFigure = descendantsWithTag(article, IMAGE_TAGS).some(shows);
  if (leftovers.leadFigure && !hasFigure) first.prepend(doc.importNode(leftovers.leadFigure, true));
}

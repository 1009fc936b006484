import { hasDescendant, IMAGE_TAGS } from '../dom/elements';
import type { PreparedPage } from '../step-types';

// Photo galleries: plo's "layout-image-2" puts two or three <figure>s and one caption in a
// <div>. Readability removes a <div> with more images than paragraphs ("bad p to img
// ratio"), so the photos and their caption vanish. A <div> made only of pictures and a
// caption is a figure, and becomes one before Readability runs.

const PICTURE_TAGS = new Set(['figure', 'img', 'picture']);
const CAPTION_TAGS = new Set(['figcaption', 'p', 'span', 'em', 'div']);
const GALLERY_TAGS = new Set(['div', 'section']);
/** What a caption never holds. */
const NOT_IN_CAPTION_TAGS = new Set(['img', 'figure', 'p', 'div']);

/** Turns <div>s holding only two or more pictures (and at most one caption) into <figure>s. */
export function figureGalleries({ doc, index: page }: PreparedPage): number {
  let converted = 0;
  // only the parents of figures and images can be galleries
  const boxes = new Set<Element>();
  for (const tag of ['figure', 'img', 'picture'])
    for (const picture of page.elements(tag)) if (picture.parentElement) boxes.add(picture.parentElement);
  for (const box of boxes) {
    if (!GALLERY_TAGS.has(box.localName) || !isGallery(box)) continue;
    const figure = doc.createElement('figure');
    for (const attribute of [...box.attributes]) figure.setAttribute(attribute.name, attribute.value);
    figure.append(...box.childNodes);
    box.replaceWith(figure);
    converted++;
  }
  if (converted) page.changed();
  return converted;
}

function isGallery(box: Element): boolean {
  let pictures = 0;
  let captions = 0;
  for (let child = box.firstElementChild; child; child = child.nextElementSibling) {
    if (PICTURE_TAGS.has(child.localName) || (child.localName === 'a' && hasDescendant(child, IMAGE_TAGS))) pictures++;
    else if (
      CAPTION_TAGS.has(child.localName) &&
      !hasDescendant(child, NOT_IN_CAPTION_TAGS) &&
      (child.textContent ?? '').length < 400
    )
      captions++;
    else return false;
  }
  return pictures >= 2 && captions <= 1;
}

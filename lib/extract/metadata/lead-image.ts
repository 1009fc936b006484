import { findDescendant } from '../dom/elements';
import { resolveUrl } from '../prepare/urls';
import type { PageFacts } from './types';

/** The article's lead image: the page's social-card image, else the article's first image. */
export function leadImageOf(facts: PageFacts, article: ParentNode): string | null {
  const first = findDescendant(
    article,
    (element) => element.localName === 'img' && element.hasAttribute('src'),
  )?.getAttribute('src');
  return facts.leadImage ?? (first ? resolveUrl(first, facts.url) : null);
}

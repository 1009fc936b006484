/** What the page states about itself, read before Readability rearranges the clone. */
export interface PageFacts {
  url: string;
  canonicalUrl: string | null;
  documentTitle: string;
  headings: string[];
  siteName: string | null;
  publishedTime: string | null;
  leadImage: string | null;
  description: string | null;
  lang: string | null;
  dir: string | null;
}

/** What Readability reported, as far as metadata goes. */
export interface ReadabilityMetadata {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  lang?: string | null;
  dir?: string | null;
  publishedTime?: string | null;
}

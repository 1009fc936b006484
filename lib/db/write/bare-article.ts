import type { SaveInput } from '../types';
import { countWords } from '../../text/words';

/** What is known of an article before (or without) reading its page. */
export interface BareArticleFields {
  url: string;
  title: string;
  text?: string;
  lang?: string | null;
  siteName?: string | null;
  /** The article HTML; by default the text's paragraphs, escaped. */
  html?: string;
}

/**
 * A SaveInput made from an address, a title and perhaps plain text: a link saved before it
 * was read, a document given to `lede search`, a test's article. Unknown metadata is null.
 */
export function bareArticle(fields: BareArticleFields): SaveInput {
  const text = fields.text ?? '';
  const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim());
  return {
    url: fields.url,
    title: fields.title,
    byline: null,
    siteName: fields.siteName ?? null,
    lang: fields.lang ?? null,
    dir: 'ltr',
    publishedTime: null,
    excerpt: null,
    text,
    html: fields.html ?? paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join(''),
    wordCount: countWords(text),
    readingMinutes: 1,
    leadImage: null,
    summary: [],
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

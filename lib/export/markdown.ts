// Saved articles as Markdown notes (issue 15): YAML front matter Obsidian and Logseq read (title,
// source, author, dates, tags), the summary, the reader's highlights with their notes, and the
// full text when asked. One note per article; a library is a zip of them (library-markdown.ts).
import type { HighlightRow, SavedArticle } from '../db/types';

export interface MarkdownOptions {
  /** The article's text after its highlights (off: a note of what mattered, not a copy). */
  fullText: boolean;
}

/** One article's note. */
export function articleMarkdown(
  article: SavedArticle,
  highlights: readonly Pick<HighlightRow, 'text' | 'note'>[],
  options: MarkdownOptions,
): string {
  const front = [
    ['title', yamlString(article.title)],
    ['source', yamlString(article.url)],
    ...(article.byline ? [['author', yamlString(article.byline)]] : []),
    ...(article.siteName ? [['site', yamlString(article.siteName)]] : []),
    ...(article.publishedTime ? [['published', yamlString(article.publishedTime)]] : []),
    ['saved', yamlString(new Date(article.savedAt).toISOString())],
    ['tags', `[${article.tags.map(yamlString).join(', ')}]`],
    ['read', String(article.readAt !== null)],
  ];
  const parts = [
    `---\n${front.map(([key, value]) => `${key}: ${value}`).join('\n')}\n---`,
    `# ${oneLine(article.title)}`,
  ];
  if (article.summary.length) parts.push(article.summary.map((sentence) => `> ${oneLine(sentence)}`).join('\n>\n'));
  if (highlights.length) {
    const items = highlights.map(({ text, note }) => {
      const quote = `- ${oneLine(text)}`;
      return note ? `${quote}\n  - ${oneLine(note)}` : quote;
    });
    parts.push(`## Highlights\n\n${items.join('\n')}`);
  }
  if (options.fullText && article.text.trim()) parts.push(article.text.trim());
  return `${parts.join('\n\n')}\n`;
}

/** A file name for an article's note: its title without the characters file systems refuse. */
export function noteFileName(article: Pick<SavedArticle, 'title' | 'id'>): string {
  const base = article.title
    .replace(/[\\/:*?"<>|#^[\]\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'article'} (${article.id}).md`;
}

/** A YAML string that any reader parses back as it is (double-quoted, escapes for \ " and line ends). */
function yamlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

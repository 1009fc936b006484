/** Public types of the extractive summariser. */

/**
 * What a block of the article is. Only 'paragraph' and 'list-item' blocks can give summary
 * sentences; headings, captions and credits are read past.
 */
export type BlockKind = 'paragraph' | 'heading' | 'caption' | 'list-item' | 'credit';

/** One block of the article: a plain string counts as a paragraph. */
export type BlockInput = string | { text: string; kind?: BlockKind };

export interface SummaryInput {
  /** The article's blocks (paragraphs, list items, …) in reading order. */
  blocks: BlockInput[];
  /** BCP 47 tag from the page (e.g. "vi", "en-US"); when missing, detected from the text. */
  lang?: string | null;
}

export interface SummaryOptions {
  /**
   * Most sentences to return. Without it the count follows the article's length:
   * 1–2 for short articles, 3 by default, up to 5 for long ones.
   */
  maxSentences?: number;
}

/** One summary sentence and where it sits, so the UI can scroll to it. */
export interface SummarySentence {
  text: string;
  /** Index of the block in `SummaryInput.blocks` (for summarizeText: in the non-empty lines). */
  blockIndex: number;
  /** UTF-16 offsets of the sentence in its block's text: `block.slice(start, end) === text`. */
  start: number;
  end: number;
}

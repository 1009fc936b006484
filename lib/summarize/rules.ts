/**
 * Which blocks may give summary sentences: paragraphs and list items, less the credits,
 * bylines, captions and boilerplate. The caller may mark blocks by kind; text rules, kept as
 * data in the manner of Readability's REGEXPS, catch what it did not mark. Each rule is
 * tried on a whole block (trimmed, NFC).
 */
import { CAPTION_CREDITS, CREDIT_BLOCKS } from '../text/credit-lines';
import type { BlockInput, BlockKind } from './types';

export const BLOCK_RULES = {
  /** Credits: who wrote the story or took the pictures, where it came from. Usually a short block. */
  credit: CREDIT_BLOCKS,
  /** Captions: a picture's text with its credit at the end. */
  caption: CAPTION_CREDITS,
  /** Boilerplate: links to elsewhere, calls to act, widgets. */
  boilerplate: [
    /^(?:xem\s+thêm|đọc\s+thêm|xem\s+video|tin\s+liên\s+quan|bài\s+liên\s+quan|mời\s+(?:quý\s+)?(?:độc\s+giả|bạn\s+đọc))\b/iu,
    /^(?:read\s+more|see\s+also|related(?:\s+articles?)?|more\s+on\s+this|click\s+here|sign\s+up|subscribe|advertisement|follow\s+(?:us|@)|share\s+this|scroll\s+down\s+for)\b/iu,
    /^(?:watch|listen|read)\s*:/iu,
    /^(?:published|updated|last\s+updated|cập\s+nhật)\s*:/iu,
  ],
} as const satisfies Record<string, readonly RegExp[]>;

/**
 * A short block of capitalised words with no sentence punctuation: an author's name
 * ("Minh Hoàng", "Đức Hùng - Thanh Hải") or a heading the caller did not mark.
 */
export const NAME_LINE = /^(?:[\p{Lu}\d][\p{L}\d.'’]*[\s,&–-]*){1,6}$/u;

/** Sentences shorter than this many words are fragments, not summary material. */
export const MIN_SENTENCE_WORDS = 5;

/**
 * Sentences longer than this many words are run-ons (text without punctuation, tables glued
 * together): never chosen. Words as lib/text/words.ts counts them for the summary: in scripts
 * without spaces, Intl.Segmenter's words.
 */
export const MAX_SENTENCE_WORDS = 90;

export interface Block {
  text: string;
  kind: BlockKind | 'boilerplate';
}

/** Kind of a block from its text alone, for a block the caller marked as text (or not at all). */
export function classifyText(text: string): BlockKind | 'boilerplate' {
  const t = text.normalize('NFC').trim();
  if (BLOCK_RULES.credit.some((rule) => rule.test(t))) return 'credit';
  if (BLOCK_RULES.boilerplate.some((rule) => rule.test(t))) return 'boilerplate';
  if (BLOCK_RULES.caption.some((rule) => rule.test(t))) return 'caption';
  if (NAME_LINE.test(t)) return 'credit';
  return 'paragraph';
}

/** The caller's blocks with their kinds settled. Text is kept as given, so offsets hold. */
export function readBlocks(blocks: readonly BlockInput[]): Block[] {
  return blocks.map((block) => {
    const text = typeof block === 'string' ? block : typeof block?.text === 'string' ? block.text : '';
    const given = typeof block === 'string' ? undefined : block?.kind;
    if (given && given !== 'paragraph' && given !== 'list-item') return { text, kind: given };
    const found = classifyText(text);
    return { text, kind: found === 'paragraph' && given ? given : found };
  });
}

/** Whether sentences of a block of this kind may be in the summary. */
export function isSummaryMaterial(kind: Block['kind']): boolean {
  return kind === 'paragraph' || kind === 'list-item';
}

/**
 * Block-aware sentence splitting: Intl.Segmenter (granularity 'sentence') on one block at a
 * time, then repairs of its known mistakes (data in ./abbreviations).
 */
import {
  DOTTED_ACRONYM,
  INITIAL,
  LOWER_CASE_START,
  QUESTION_OR_EXCLAMATION_END,
  SENTENCE_OPENERS,
  TITLE_ABBREVIATIONS,
} from './abbreviations';
import { primaryLanguage } from '../text/language';

/** A sentence of a block, by UTF-16 offsets: `block.slice(start, end) === text`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter | null>();

function sentenceSegmenter(lang: string): Intl.Segmenter | null {
  let segmenter = segmenters.get(lang);
  if (segmenter === undefined) {
    segmenter = null;
    if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
      try {
        segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
      } catch {
        segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
      }
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Longest text given to Intl.Segmenter at once: many sentences, far under where it slows. */
const SEGMENT_WINDOW_CHARS = 2000;

/** Raw break offsets: Intl.Segmenter, or a punctuation rule where it is missing. */
function rawBreaks(text: string, lang: string): number[] {
  const starts: number[] = [];
  const segmenter = sentenceSegmenter(lang);
  if (segmenter) {
    // Intl.Segmenter slows down with the length of the text it is given (192 KB of prose: 3.4 s
    // in V8), so it reads windows: each window's last sentence may go on past it, and the next
    // window starts there. A sentence longer than a window is cut at its end.
    for (let offset = 0; offset < text.length;) {
      const end = Math.min(text.length, offset + SEGMENT_WINDOW_CHARS);
      const found = [...segmenter.segment(text.slice(offset, end))].map(({ index }) => offset + index);
      const last = found.length > 1 && end < text.length ? found.pop()! : end;
      starts.push(...found);
      offset = last;
    }
    return starts.length ? starts : [0];
  }
  starts.push(0);
  // Break after sentence punctuation and space unless a lower-case letter follows ("5 ft. tall").
  for (const m of text.matchAll(/[.!?…]+["'”’»)\]]*\s+(?!\p{Ll})|[。！？]+["'”’」』)]*|\n+/gu)) {
    const end = m.index + m[0].length;
    if (end < text.length) starts.push(end);
  }
  return starts;
}

function isAbbreviation(word: string): boolean {
  if (!word.endsWith('.')) return false;
  if (TITLE_ABBREVIATIONS.has(word) || INITIAL.test(word) || DOTTED_ACRONYM.test(word)) return true;
  // Compounds of titles: "PGS.TS.", "ThS.BS.".
  const parts = word.slice(0, -1).split('.');
  return parts.length > 1 && parts.every((part) => TITLE_ABBREVIATIONS.has(`${part}.`));
}

/** Whether the segmenter's break between `prev` and `next` is one of its known mistakes. */
export function isFalseBreak(prev: string, next: string, lang: string): boolean {
  const before = prev.trimEnd();
  if (!before) return false;
  // `Ông hỏi: “Tại sao?” rồi bỏ đi.` — a question or exclamation inside a sentence.
  if (QUESTION_OR_EXCLAMATION_END.test(before) && LOWER_CASE_START.test(next)) return true;
  const lastWord = (before.match(/\S+$/)?.[0] ?? '').replace(/^[("'“‘«[]+/u, '');
  if (!isAbbreviation(lastWord)) return false;
  const firstWord = next.match(/[\p{L}\p{N}]+/u)?.[0]?.toLowerCase() ?? '';
  const openers = SENTENCE_OPENERS[lang] ?? SENTENCE_OPENERS.en ?? [];
  return !openers.includes(firstWord);
}

/** Characters each side of a break that isFalseBreak reads: longer than any abbreviation
 * ("PGS.TS.") or opening word. */
const BREAK_CONTEXT_CHARS = 80;

/** The sentences of one block, trimmed, with their offsets in the block. */
export function splitSentences(block: string, lang = ''): Span[] {
  const code = primaryLanguage(lang);
  const starts = rawBreaks(block, code);
  const spans: Span[] = [];
  let start = starts[0] ?? 0;
  for (let i = 1; i <= starts.length; i++) {
    const end = starts[i] ?? block.length;
    if (i < starts.length) {
      // only the end of the sentence so far and the start of the next tell a false break: a
      // bounded window, or a block with no real sentence end (binary garbage, a run of breaks
      // all false) costs its length squared
      const next = block.slice(end, Math.min(starts[i + 1] ?? block.length, end + BREAK_CONTEXT_CHARS));
      if (isFalseBreak(block.slice(Math.max(start, end - BREAK_CONTEXT_CHARS), end), next, code)) continue;
    }
    pushTrimmed(block, start, end, spans);
    start = end;
  }
  return spans;
}

function pushTrimmed(block: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/u.test(block[start]!)) start++;
  while (end > start && /\s/u.test(block[end - 1]!)) end--;
  const text = block.slice(start, end);
  if (/[\p{L}\p{N}]/u.test(text)) out.push({ text, start, end });
}

/**
 * Lede's extractive summary: the article's most informative sentences, in text order.
 * Offline, no model, linear in the text length. See ./score for how sentences are chosen.
 */
import { isSummaryMaterial, MAX_SENTENCE_WORDS, MIN_SENTENCE_WORDS, readBlocks } from './rules';
import { choose, targetWords, type Candidate } from './score';
import { splitSentences } from './split';
import { terms } from './tokens';
import type { SummaryInput, SummaryOptions, SummarySentence } from './types';
import { resolveLanguage } from '../text/language';
import { countWords } from '../text/words';

export type { BlockInput, SummarySentence } from './types';
export {
  CHROME_AI_LANGUAGES,
  chromeAiAvailability,
  findSummarizer,
  summarizeWithChromeAi,
  type Availability,
  type ChromeAiRequest,
  type ChromeSummarizerApi,
} from './chrome-ai';

/** Most sentences for an article of this many words: 1–2 when short, 3 usually, up to 5 when long. */
export function defaultSentenceCount(articleWords: number): number {
  if (articleWords < 120) return 1;
  if (articleWords < 300) return 2;
  if (articleWords < 1200) return 3;
  if (articleWords < 2500) return 4;
  return 5;
}

/**
 * The summary of an article given as blocks. Never throws; returns [] when there is nothing
 * worth summarising (no text, or a single sentence, which would only repeat the article).
 */
export function summarize(input: SummaryInput, options: SummaryOptions = {}): SummarySentence[] {
  try {
    return run(input, options);
  } catch {
    return [];
  }
}

/**
 * The summary of plain text in which each non-empty line is a block (a paragraph, or one
 * sentence per line). A line that begins with a lower-case letter goes on with the line
 * before it (sentence-per-line text split at a false break: "ông Th." / "đưa cho Huy …"),
 * so the two make one block; `blockIndex` counts blocks after that joining.
 */
export function summarizeText(text: string, lang?: string | null, options: SummaryOptions = {}): SummarySentence[] {
  return summarize({ blocks: textBlocks(text), lang }, options);
}

/** The blocks summarizeText reads from `text`. */
export function textBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (const raw of typeof text === 'string' ? text.split(/\r?\n/) : []) {
    const line = raw.trim();
    if (!line) continue;
    if (blocks.length > 0 && CONTINUATION.test(line)) blocks[blocks.length - 1] += ` ${line}`;
    else blocks.push(line);
  }
  return blocks;
}

const CONTINUATION = /^[\p{Pe}\p{Pf}"'”’]*\p{Ll}/u;

function run(input: SummaryInput, options: SummaryOptions): SummarySentence[] {
  const blocks = readBlocks(Array.isArray(input?.blocks) ? input.blocks : []).map((b, i) => ({ ...b, i }));
  const material = blocks.filter((b) => isSummaryMaterial(b.kind) && b.text.trim() !== '');
  const lang = resolveLanguage(
    input?.lang,
    material
      .slice(0, 20)
      .map((b) => b.text)
      .join('\n'),
  );
  const sentences: SummarySentence[] = [];
  const candidates: Candidate[] = [];
  let articleWords = 0;
  for (const block of material) {
    for (const span of splitSentences(block.text, lang)) {
      const count = countWords(span.text, { parts: true });
      articleWords += count;
      sentences.push({ text: span.text, blockIndex: block.i, start: span.start, end: span.end });
      candidates.push({
        terms: terms(span.text, lang),
        words: count,
        eligible: count >= MIN_SENTENCE_WORDS && count <= MAX_SENTENCE_WORDS,
      });
    }
  }
  if (sentences.length < 2) return [];
  const requested = options?.maxSentences ?? defaultSentenceCount(articleWords);
  const most = Math.min(Math.max(0, Math.floor(requested)), sentences.length - 1);
  if (!(most > 0)) return [];
  const target = options?.maxSentences === undefined ? targetWords(articleWords) : Infinity;
  return choose(candidates, most, target).map((i) => sentences[i]!);
}

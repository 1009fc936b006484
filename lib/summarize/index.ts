/**
 * Lede's extractive summary: the article's most informative sentences, in text order.
 * Offline, no model, linear in the text length. See ./score for how sentences are chosen.
 */
import { isSummaryMaterial, readBlocks } from './blocks';
import { resolveLanguage, UNSPACED_LANGUAGES } from './lang';
import { MAX_SENTENCE_WORDS, MIN_SENTENCE_WORDS } from './rules';
import { choose, targetWords, type Candidate, type Weights } from './score';
import { splitSentences } from './split';
import { terms, words } from './tokens';
import type { SummaryInput, SummaryOptions, SummarySentence } from './types';

export type { BlockInput, BlockKind, SummaryInput, SummaryOptions, SummarySentence } from './types';
export { resolveLanguage } from './lang';

/** Most sentences for an article of this many words: 1–2 when short, 3 usually, up to 5 when long. */
export function defaultSentenceCount(articleWords: number): number {
  if (articleWords < 120) return 1;
  if (articleWords < 300) return 2;
  if (articleWords < 1200) return 3;
  if (articleWords < 2500) return 4;
  return 5;
}

const OPENING_QUOTE = /^["“‘'«„]/u;

/**
 * The summary of an article given as blocks. Never throws; returns [] when there is nothing
 * worth summarising (no text, or a single sentence, which would only repeat the article).
 */
export function summarize(input: SummaryInput, options: SummaryOptions = {}, weights?: Weights): SummarySentence[] {
  try {
    return run(input, options, weights);
  } catch {
    return [];
  }
}

/** The summary of plain text in which each non-empty line is a block (paragraph or sentence). */
export function summarizeText(text: string, lang?: string | null, options: SummaryOptions = {}): SummarySentence[] {
  const blocks = typeof text === 'string' ? text.split(/\r?\n/).filter((line) => line.trim() !== '') : [];
  return summarize({ blocks, lang }, options);
}

function run(input: SummaryInput, options: SummaryOptions, weights?: Weights): SummarySentence[] {
  const blocks = readBlocks(Array.isArray(input?.blocks) ? input.blocks : []).map((b, i) => ({ ...b, i }));
  const material = blocks.filter((b) => isSummaryMaterial(b.kind) && b.text.trim() !== '');
  const lang = resolveLanguage(input.lang, material.slice(0, 20).map((b) => b.text).join('\n'));
  const unspaced = UNSPACED_LANGUAGES.has(lang);
  const sentences: SummarySentence[] = [];
  const candidates: Candidate[] = [];
  let articleWords = 0;
  for (const block of material) {
    for (const span of splitSentences(block.text, lang)) {
      // In scripts without spaces a "word" is about two characters, as in the limits.
      const count = unspaced ? Math.ceil(span.text.length / 2) : words(span.text, lang).length;
      articleWords += count;
      sentences.push({ text: span.text, blockIndex: block.i, start: span.start, end: span.end });
      candidates.push({
        terms: terms(span.text, lang),
        words: count,
        eligible: count >= MIN_SENTENCE_WORDS && count <= MAX_SENTENCE_WORDS,
        quote: OPENING_QUOTE.test(span.text),
      });
    }
  }
  if (sentences.length < 2) return [];
  const requested = options.maxSentences ?? defaultSentenceCount(articleWords);
  const most = Math.min(Math.max(0, Math.floor(requested)), sentences.length - 1);
  if (!(most > 0)) return [];
  const target = options.maxSentences === undefined ? targetWords(articleWords, weights) : Infinity;
  return choose(candidates, most, target, weights).map((i) => sentences[i]!);
}

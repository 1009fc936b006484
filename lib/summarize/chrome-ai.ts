/**
 * Progressive enhancement: Chrome's built-in Summarizer API (global `Summarizer`, Chrome 138+)
 * as an option where it exists and knows the article's language. The extractive summary stays
 * the default and the fallback, so nothing here ever throws: every failure gives null.
 *
 * The API object is a parameter (dependency injection): pass `findSummarizer()` in the
 * browser, a fake in tests.
 */
import { primaryLanguage } from '../text/language';

export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface ChromeSummarizerOptions {
  type?: 'key-points' | 'tldr' | 'teaser' | 'headline';
  format?: 'plain-text' | 'markdown';
  length?: 'short' | 'medium' | 'long';
  expectedInputLanguages?: string[];
  outputLanguage?: string;
  sharedContext?: string;
}

/** One summarizer made by `Summarizer.create`. */
export interface ChromeSummarizer {
  summarize(text: string, options?: { context?: string }): Promise<string>;
  destroy?(): void;
}

/** The documented shape of the global `Summarizer`. */
export interface ChromeSummarizerApi {
  availability(options?: ChromeSummarizerOptions): Promise<Availability>;
  create(options?: ChromeSummarizerOptions): Promise<ChromeSummarizer>;
}

/** Languages Chrome's summarizer accepts today (primary subtags). */
export const CHROME_AI_LANGUAGES: readonly string[] = ['en', 'es', 'ja'];

export interface ChromeAiRequest {
  /** Article language (BCP 47); only CHROME_AI_LANGUAGES are tried. */
  lang: string | null | undefined;
  type?: ChromeSummarizerOptions['type'];
  /** Also use a model that must first download (needs a user gesture in Chrome). Default false. */
  allowDownload?: boolean;
  /** Give up (null) after this many milliseconds. Default 20,000. */
  timeoutMs?: number;
  /** Longest text sent; longer text is cut at a paragraph break. Default 12,000 characters. */
  maxInputChars?: number;
}

/** The global `Summarizer` when this browser has one that looks like the documented API. */
export function findSummarizer(scope: object = globalThis): ChromeSummarizerApi | null {
  try {
    const api = (scope as { Summarizer?: unknown }).Summarizer;
    return isSummarizerApi(api) ? api : null;
  } catch {
    return null;
  }
}

function isSummarizerApi(api: unknown): api is ChromeSummarizerApi {
  const candidate = api as Partial<ChromeSummarizerApi> | null | undefined;
  return (
    (typeof candidate === 'object' || typeof candidate === 'function') &&
    candidate !== null &&
    typeof candidate.availability === 'function' &&
    typeof candidate.create === 'function'
  );
}

function options(lang: string, type: ChromeSummarizerOptions['type']): ChromeSummarizerOptions {
  return { type, format: 'plain-text', length: 'short', expectedInputLanguages: [lang], outputLanguage: lang };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Whether to offer the built-in summarizer for an article in `lang`: its availability, or
 * 'unavailable' when there is no API, the language is not supported, or anything fails.
 */
export async function chromeAiAvailability(
  api: unknown,
  lang: string | null | undefined,
  type: ChromeSummarizerOptions['type'] = 'key-points',
): Promise<Availability> {
  const code = primaryLanguage(lang);
  if (!isSummarizerApi(api) || !CHROME_AI_LANGUAGES.includes(code)) return 'unavailable';
  try {
    const state = await withTimeout(Promise.resolve(api.availability(options(code, type))), 5_000);
    return state === 'available' || state === 'downloadable' || state === 'downloading' ? state : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const paragraph = text.lastIndexOf('\n', max);
  return text.slice(0, paragraph > max / 2 ? paragraph : max);
}

/**
 * The built-in summarizer's summary of `text`, or null when it is missing, does not support
 * the language, is not downloaded (unless allowDownload), fails, times out or returns nothing.
 */
export async function summarizeWithChromeAi(
  api: unknown,
  text: string,
  request: ChromeAiRequest,
): Promise<string | null> {
  const code = primaryLanguage(request.lang);
  const type = request.type ?? 'key-points';
  if (typeof text !== 'string' || text.trim() === '') return null;
  const state = await chromeAiAvailability(api, code, type);
  if (state === 'unavailable' || (state !== 'available' && !request.allowDownload)) return null;
  const summarizer = api as ChromeSummarizerApi;
  let instance: ChromeSummarizer | null = null;
  let finished = false;
  try {
    const work = (async () => {
      const made = await summarizer.create(options(code, type));
      if (finished)
        made.destroy?.(); // created after the timeout: nobody will use it
      else instance = made;
      return finished ? null : made.summarize(cut(text, request.maxInputChars ?? 12_000));
    })();
    work.catch(() => undefined); // a late failure after the timeout must not go unhandled
    const result = await withTimeout(work, request.timeoutMs ?? 20_000);
    return typeof result === 'string' && result.trim() !== '' ? result.trim() : null;
  } catch {
    return null;
  } finally {
    finished = true;
    try {
      (instance as ChromeSummarizer | null)?.destroy?.();
    } catch {
      // destroying is best effort
    }
  }
}

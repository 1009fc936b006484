// Which voice reads the article: a voice on this computer that speaks the article's language.
//
// When there is none, Lede refuses to start and says so plainly ("No Vietnamese voice on this
// computer…") rather than reading with another language's voice: a voice reads letters by its
// own language's rules, so an English voice reading Vietnamese drops the tones and most vowels
// and is not understood — that would be noise, not the article.
// Remote voices (Chrome's "Google …" voices) are never used: they send the text to a server, and
// Lede sends nothing anywhere (README, "Privacy").
import { primaryLanguage } from '../text/language';
import type { SpeechEngine, Voice } from './engine';

export type VoiceChoice =
  | { ok: true; voice: Voice }
  /** `lang`: the article's language that has no voice; '' when there is no voice at all. */
  | { ok: false; reason: 'no-voice'; lang: string };

/** A tag compared loosely: "vi_VN" and "vi-vn" are the same. */
const normal = (tag: string) => tag.trim().replace(/_/g, '-').toLowerCase();

/** The local voices that can read an article in `lang` ('' when unknown: every local voice),
 * best first: the article's exact tag, then the engine's default, then the plainest tag ("vi"
 * before "vi-VN-x-central", a dialect); otherwise the system's own order. */
export function voicesFor(voices: readonly Voice[], lang: string): Voice[] {
  const local = voices.filter((voice) => voice.local);
  const wanted = primaryLanguage(lang);
  const candidates = wanted ? local.filter((voice) => primaryLanguage(voice.lang) === wanted) : local;
  const rank = (voice: Voice) => [
    normal(voice.lang) === normal(lang) ? 0 : 1,
    voice.isDefault ? 0 : 1,
    normal(voice.lang).split('-').length,
  ];
  return candidates
    .map((voice, order) => ({ voice, key: [...rank(voice), order] }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ voice }) => voice);
}

/** The voice for an article in `lang`: the one named `preferred` (the reader's choice for the
 * language) when it can read it, else the best of voicesFor. */
export function chooseVoice(voices: readonly Voice[], lang: string, preferred?: string): VoiceChoice {
  const candidates = voicesFor(voices, lang);
  const voice = candidates.find((candidate) => candidate.name === preferred) ?? candidates[0];
  return voice ? { ok: true, voice } : { ok: false, reason: 'no-voice', lang: primaryLanguage(lang) };
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * The voices, once the system has listed a local one and stopped adding more (the same number
 * twice in a row), or whatever it lists after `timeoutMs`. Systems load voices late: Chromium
 * on Linux starts speech-dispatcher on the first request and lists its voices seconds later,
 * and Firefox fills speechSynthesis.getVoices() after the page loads, in batches (7,500, then
 * 13,000 of espeak-ng's); an utterance spoken between two batches fails in Firefox. chrome.tts
 * has no event for it, so this asks again every `pollMs`.
 */
export async function waitForVoices(
  listVoices: () => Promise<Voice[]>,
  options: { timeoutMs: number; pollMs: number; sleep?: (ms: number) => Promise<void> },
): Promise<Voice[]> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  let waited = 0;
  let listedBefore = -1;
  for (;;) {
    const voices = await listVoices();
    const settled = voices.length === listedBefore;
    if ((settled && voices.some((voice) => voice.local)) || waited >= options.timeoutMs) return voices;
    listedBefore = voices.length;
    await sleep(options.pollMs);
    waited += options.pollMs;
  }
}

// Starting to listen: the engine, its voices once loaded, and the voice for the article's
// language; or the code of what is missing, which the reader page words (lib/ returns codes).
export type ListenProblem =
  /** The browser can read nothing aloud (neither chrome.tts nor speechSynthesis). */
  | { code: 'no-engine' }
  /** No voice on this computer for `lang` (the article's language; '' for any language). */
  | { code: 'no-voice'; lang: string }
  /** The engine failed while reading. */
  | { code: 'failed' };

export type Prepared =
  /** `voices`: the others that could read it, for the reader to choose from. */
  { ok: true; engine: SpeechEngine; voice: Voice; voices: Voice[] } | { ok: false; problem: ListenProblem };

/** How long to wait for the system's voices: long enough for Chromium on Linux to start
 * speech-dispatcher and list its voices on a busy machine. */
export const VOICE_WAIT = { timeoutMs: 15_000, pollMs: 250 } as const;

export async function prepareListening(options: {
  engine: SpeechEngine | null;
  lang: string;
  /** The voice the reader chose for this language before, by name. */
  preferred?: string;
  wait?: { timeoutMs: number; pollMs: number; sleep?: (ms: number) => Promise<void> };
}): Promise<Prepared> {
  const { engine, lang } = options;
  if (!engine) return { ok: false, problem: { code: 'no-engine' } };
  const voices = await waitForVoices(() => engine.voices(), options.wait ?? VOICE_WAIT);
  const choice = chooseVoice(voices, lang, options.preferred);
  if (!choice.ok) return { ok: false, problem: { code: 'no-voice', lang: choice.lang } };
  return { ok: true, engine, voice: choice.voice, voices: voicesFor(voices, lang) };
}

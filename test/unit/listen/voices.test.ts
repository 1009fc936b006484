// Which voice reads an article, and what Listen says when the computer has none for its language.
import { describe, expect, it } from 'vitest';
import { findEngine } from '../../../lib/listen/chrome-tts';
import { chooseVoice, prepareListening, waitForVoices } from '../../../lib/listen/voices';
import { FakeEngine, voice } from './fake-engine';

const ENGLISH = voice('Daniel', 'en-GB');
const GOOGLE_VI = voice('Google Tiếng Việt', 'vi-VN', { local: false });
/** How espeak-ng lists its Vietnamese through speech-dispatcher (Chromium on Linux). */
const ESPEAK_VI = [
  voice('Vietnamese (Central) espeak-ng', 'vi-VN-X-CENTRAL'),
  voice('Vietnamese (Northern) espeak-ng', 'vi'),
  voice('Vietnamese (Northern)+Adam espeak-ng', 'vi'),
];
const noWait = { timeoutMs: 0, pollMs: 1 };

describe('the voice for an article', () => {
  it("takes a voice of the article's language, the plainest one when several are", () => {
    expect(chooseVoice([ENGLISH, ...ESPEAK_VI], 'vi')).toEqual({ ok: true, voice: ESPEAK_VI[1] });
    const linh = voice('Linh', 'vi_VN');
    expect(chooseVoice([ENGLISH, linh], 'vi')).toEqual({ ok: true, voice: linh });
    // the article's exact tag first, then the engine's default
    const us = voice('Samantha', 'en-US');
    const defaultGb = voice('Daniel', 'en-GB', { isDefault: true });
    expect(chooseVoice([us, defaultGb], 'en-us')).toEqual({ ok: true, voice: us });
    expect(chooseVoice([us, defaultGb], 'en')).toEqual({ ok: true, voice: defaultGb });
  });

  it('takes the voice the reader chose for the language when it is there, and lists the others', async () => {
    expect(chooseVoice([ENGLISH, ...ESPEAK_VI], 'vi', ESPEAK_VI[2]!.name)).toEqual({ ok: true, voice: ESPEAK_VI[2] });
    // gone from the system, or of another language: the best one as before
    expect(chooseVoice([ENGLISH, ...ESPEAK_VI], 'vi', 'Linh')).toEqual({ ok: true, voice: ESPEAK_VI[1] });
    expect(chooseVoice([ENGLISH, ...ESPEAK_VI], 'vi', ENGLISH.name)).toEqual({ ok: true, voice: ESPEAK_VI[1] });
    const engine = new FakeEngine([ENGLISH, GOOGLE_VI, ...ESPEAK_VI]);
    const prepared = await prepareListening({ engine, lang: 'vi', preferred: ESPEAK_VI[0]!.name, wait: noWait });
    expect(prepared).toEqual({
      ok: true,
      engine,
      voice: ESPEAK_VI[0],
      voices: [ESPEAK_VI[1], ESPEAK_VI[2], ESPEAK_VI[0]], // local, this language, best first
    });
  });

  it('says which language has no voice rather than reading Vietnamese with an English voice', () => {
    expect(chooseVoice([ENGLISH], 'vi')).toEqual({ ok: false, reason: 'no-voice', lang: 'vi' });
    expect(chooseVoice([ENGLISH], 'vi-VN')).toEqual({ ok: false, reason: 'no-voice', lang: 'vi' });
  });

  it('never takes a remote voice: it would send the article to a server', () => {
    expect(chooseVoice([ENGLISH, GOOGLE_VI], 'vi')).toEqual({ ok: false, reason: 'no-voice', lang: 'vi' });
  });

  it("reads an article of unknown language with the engine's default voice", () => {
    const defaultVoice = voice('Alex', 'en-US', { isDefault: true });
    expect(chooseVoice([ENGLISH, defaultVoice], '')).toEqual({ ok: true, voice: defaultVoice });
    expect(chooseVoice([], '')).toEqual({ ok: false, reason: 'no-voice', lang: '' });
  });
});

describe('starting to listen', () => {
  it('waits for voices the system lists late, then picks one', async () => {
    const engine = new FakeEngine([]);
    let asked = 0;
    const slept: number[] = [];
    const sleep = async (ms: number) => {
      slept.push(ms);
      if (++asked === 3) engine.list = [ENGLISH, ...ESPEAK_VI];
    };
    const prepared = await prepareListening({ engine, lang: 'vi', wait: { timeoutMs: 5_000, pollMs: 250, sleep } });
    expect(prepared).toMatchObject({ ok: true, engine, voice: ESPEAK_VI[1] });
    expect(slept).toEqual([250, 250, 250, 250]); // listed at the 4th look, the same at the 5th
  });

  it('waits until the system stops adding voices (Firefox lists them in batches)', async () => {
    const batches = [[], [ENGLISH], [ENGLISH, ESPEAK_VI[0]!], [ENGLISH, ...ESPEAK_VI]];
    let looks = 0;
    const voices = await waitForVoices(async () => batches[Math.min(looks++, batches.length - 1)]!, {
      timeoutMs: 5_000,
      pollMs: 250,
      sleep: async () => undefined,
    });
    expect(voices).toEqual([ENGLISH, ...ESPEAK_VI]);
    expect(looks).toBe(5); // the full list, seen twice
  });

  it('gives up waiting after the timeout', async () => {
    let calls = 0;
    const voices = await waitForVoices(async () => (calls++, [GOOGLE_VI]), {
      timeoutMs: 1_000,
      pollMs: 250,
      sleep: async () => undefined,
    });
    expect(voices).toEqual([GOOGLE_VI]); // only a remote voice: not what it waited for
    expect(calls).toBe(5);
  });

  it('returns the code of what is missing: a voice for the language, any voice, or an engine', async () => {
    expect(await prepareListening({ engine: new FakeEngine([ENGLISH]), lang: 'vi', wait: noWait })).toEqual({
      ok: false,
      problem: { code: 'no-voice', lang: 'vi' },
    });
    expect(await prepareListening({ engine: new FakeEngine([]), lang: '', wait: noWait })).toEqual({
      ok: false,
      problem: { code: 'no-voice', lang: '' },
    });
    expect(await prepareListening({ engine: null, lang: 'vi' })).toEqual({ ok: false, problem: { code: 'no-engine' } });
  });

  it('finds chrome.tts first (Chrome), speechSynthesis otherwise (Firefox), or nothing', () => {
    const tts = { speak: () => undefined, stop: () => undefined, getVoices: () => undefined };
    const synth = {
      getVoices: () => [],
      speak: () => undefined,
      cancel: () => undefined,
    } as unknown as SpeechSynthesis;
    const Utterance = function () {} as unknown as typeof SpeechSynthesisUtterance;
    expect(findEngine({ chrome: { tts }, speechSynthesis: synth, SpeechSynthesisUtterance: Utterance })?.kind).toBe(
      'chrome-tts',
    );
    expect(findEngine({ browser: { tts } })?.kind).toBe('chrome-tts');
    expect(findEngine({ chrome: {}, speechSynthesis: synth, SpeechSynthesisUtterance: Utterance })?.kind).toBe(
      'web-speech',
    );
    expect(findEngine({})).toBeNull();
  });
});

// The chrome.tts engine (Chrome; the `tts` permission). Every remaining sentence is queued in the
// browser at once (`enqueue`), each as its own utterance: the browser reads on by itself when the
// reader tab is in the background, where the page's timers are slowed down, and each sentence's
// `start` event tells the page which one is being read.
import { webSpeechEngine, type SpeakEvents, type SpeakOptions, type SpeechEngine, type Voice } from './engine';

interface TtsVoice {
  voiceName?: string;
  lang?: string;
  /** A voice that sends the text to a server. */
  remote?: boolean;
}

interface TtsEvent {
  type: string;
}

/** The part of chrome.tts Lede uses, callback style (the same in every Chrome version). */
export interface ChromeTts {
  speak(
    text: string,
    options: { enqueue: boolean; voiceName: string; lang?: string; rate: number; onEvent(event: TtsEvent): void },
    callback?: () => void,
  ): void;
  stop(): void;
  getVoices(callback: (voices: TtsVoice[]) => void): void;
}

/** `lastError`: reads chrome.runtime.lastError in the speak callback (a voice gone since it was listed). */
export function chromeTtsEngine(tts: ChromeTts, options: { lastError: () => unknown }): SpeechEngine {
  let run = 0;
  const stopped = (current: number, events: SpeakEvents, reason: 'error' | 'interrupted') => {
    if (current !== run) return;
    run++; // the other queued sentences' events are dropped
    if (reason === 'error') tts.stop();
    events.onStopped(reason);
  };
  return {
    kind: 'chrome-tts',
    voices: () =>
      new Promise<Voice[]>((done) =>
        tts.getVoices((voices) =>
          done(
            (voices ?? []).map((voice) => ({
              name: voice.voiceName ?? '',
              lang: voice.lang ?? '',
              local: voice.remote !== true,
              isDefault: false,
            })),
          ),
        ),
      ),
    speak: (texts, { voice, lang, rate }: SpeakOptions, events) => {
      const current = ++run;
      texts.forEach((text, index) => {
        const onEvent = ({ type }: TtsEvent) => {
          if (current !== run) return;
          if (type === 'start') events.onStart(index);
          else if (type === 'end' && index === texts.length - 1) events.onDone();
          else if (type === 'error') stopped(current, events, 'error');
          // another page's speech (enqueue: false) took over
          else if (type === 'interrupted' || type === 'cancelled') stopped(current, events, 'interrupted');
        };
        // the voice's own language: on Linux a language set after the voice picks that
        // language's default voice instead
        const speech = { enqueue: index > 0, voiceName: voice.name, lang: voice.lang || lang || undefined, rate };
        tts.speak(text, { ...speech, onEvent }, () => {
          if (options.lastError()) stopped(current, events, 'error');
        });
      });
    },
    stop: () => {
      run++;
      tts.stop();
    },
  };
}

// The speech engine of this browser: chrome.tts where the browser has it (Chrome, with the `tts`
// permission: wxt.config.ts), speechSynthesis otherwise (Firefox has no tts API for extensions);
// null when there is neither. (Here, not in engine.ts, which the engines import: no cycle.)
interface SpeechGlobals {
  chrome?: { tts?: ChromeTts; runtime?: { lastError?: unknown } };
  browser?: { tts?: ChromeTts; runtime?: { lastError?: unknown } };
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
}

export function findEngine(scope: SpeechGlobals = globalThis as SpeechGlobals): SpeechEngine | null {
  const api = scope.chrome?.tts ? scope.chrome : scope.browser?.tts ? scope.browser : null;
  if (api?.tts && typeof api.tts.speak === 'function') {
    return chromeTtsEngine(api.tts, { lastError: () => api.runtime?.lastError });
  }
  const { speechSynthesis: synth, SpeechSynthesisUtterance: Utterance } = scope;
  if (synth && Utterance) return webSpeechEngine(synth, (text) => new Utterance(text));
  return null;
}

// The speech engine Listen drives, and the shapes its parts share: a voice as Lede sees it,
// whatever API listed it. Two engines: chrome.tts (chrome-tts.ts) and, here, the Web Speech API;
// the tests drive a fake one.

/** A voice the system offers. */
export interface Voice {
  name: string;
  /** BCP 47 tag as the engine reports it ("vi", "vi-VN", "en_US"); '' when it says none. */
  lang: string;
  /** Speaks on this computer. A remote voice sends the text to a server: Lede never uses one. */
  local: boolean;
  /** The engine's default voice (speechSynthesis says; chrome.tts does not). */
  isDefault: boolean;
}

export interface SpeakOptions {
  voice: Voice;
  /** The article's language, for the engine when the voice names none. */
  lang: string;
  /** 1 is the voice's normal speed. */
  rate: number;
}

/** Why the engine stopped on its own: it failed, or another page's speech took over. */
export type EngineStop = 'error' | 'interrupted';

export interface SpeakEvents {
  /** The text at `index` (of those given to speak) began. */
  onStart(index: number): void;
  /** The last text ended. */
  onDone(): void;
  /** The engine stopped before the end, without being asked to. */
  onStopped(reason: EngineStop): void;
}

export interface SpeechEngine {
  readonly kind: 'chrome-tts' | 'web-speech';
  /** The voices listed now: may be empty until the system has loaded them. */
  voices(): Promise<Voice[]>;
  /** Speaks `texts` one after the other, replacing whatever it was saying. */
  speak(texts: readonly string[], options: SpeakOptions, events: SpeakEvents): void;
  /** Stops at once; the events of what was being said are not delivered any more. */
  stop(): void;
}

// The Web Speech engine (speechSynthesis: Firefox, and any browser without chrome.tts). One
// utterance per sentence, the next one spoken from the previous one's `end` event: events reach a
// page in the background, while its timers are slowed down, and short utterances avoid the
// browsers' trouble with long ones (Chrome has stopped long utterances after about 15 seconds).
type Utterance = Pick<SpeechSynthesisUtterance, 'lang' | 'voice' | 'rate' | 'onstart' | 'onend' | 'onerror'>;

/** Firefox on Linux speaks through the system's speech-dispatcher, and lists every voice of it
 * as not local (its SpeechDispatcherService registers them so, whatever synthesizer is behind):
 * they are this computer's voices (espeak-ng, RHVoice, Festival…), as Chrome on Linux reports
 * the same voices, so they count as local. Their URIs say where they come from. */
const SPEECH_DISPATCHER_URI = /^urn:moz-tts:speechd:/;
const isLocal = (voice: Pick<SpeechSynthesisVoice, 'localService' | 'voiceURI'>) =>
  voice.localService || SPEECH_DISPATCHER_URI.test(voice.voiceURI ?? '');

export function webSpeechEngine(
  synth: Pick<SpeechSynthesis, 'getVoices' | 'speak' | 'cancel'>,
  makeUtterance: (text: string) => Utterance,
): SpeechEngine {
  let run = 0;
  // the utterance being spoken, kept referenced: Chrome drops the events of an utterance that
  // nothing refers to any more (it is garbage-collected mid-sentence)
  const held: { speaking: Utterance | null } = { speaking: null };
  return {
    kind: 'web-speech',
    voices: async (): Promise<Voice[]> =>
      synth.getVoices().map((voice) => ({
        name: voice.name,
        lang: voice.lang,
        local: isLocal(voice),
        isDefault: voice.default,
      })),
    speak: (texts, { voice, lang, rate }: SpeakOptions, events) => {
      const current = ++run;
      synth.cancel();
      const system = synth.getVoices().find((candidate) => candidate.name === voice.name) ?? null;
      const say = (index: number) => {
        const utterance = makeUtterance(texts[index]!);
        utterance.voice = system;
        utterance.lang = voice.lang || lang;
        utterance.rate = rate;
        utterance.onstart = () => void (current === run && events.onStart(index));
        utterance.onend = () => {
          if (current !== run) return;
          if (index + 1 < texts.length) say(index + 1);
          else events.onDone();
        };
        utterance.onerror = (event) => {
          if (current !== run) return;
          run++;
          events.onStopped(event.error === 'interrupted' || event.error === 'canceled' ? 'interrupted' : 'error');
        };
        held.speaking = utterance;
        synth.speak(utterance as SpeechSynthesisUtterance);
      };
      if (texts.length) say(0);
    },
    stop: () => {
      run++;
      held.speaking = null;
      synth.cancel();
    },
  };
}

// A speech engine for the tests: it says nothing and reads a sentence only when the test says the
// one before it ended, like a voice would, and keeps what it was asked.
import type { SpeakEvents, SpeakOptions, SpeechEngine, Voice } from '../../../lib/listen/engine';

export interface Speech {
  texts: readonly string[];
  options: SpeakOptions;
  events: SpeakEvents;
  /** Index (in `texts`) of the text being read. */
  at: number;
}

export class FakeEngine implements SpeechEngine {
  readonly kind = 'web-speech' as const;
  /** Every speak call, in order. */
  readonly speeches: Speech[] = [];
  /** The sentences heard, in the order they started. */
  readonly heard: string[] = [];
  stops = 0;
  constructor(public list: Voice[] = []) {}

  voices = async () => this.list;

  speak(texts: readonly string[], options: SpeakOptions, events: SpeakEvents): void {
    const speech = { texts, options, events, at: 0 };
    this.speeches.push(speech);
    this.begin(speech);
  }

  stop(): void {
    this.stops++;
  }

  /** The last speak call. */
  get speech(): Speech {
    const speech = this.speeches[this.speeches.length - 1];
    if (!speech) throw new Error('nothing was spoken');
    return speech;
  }

  /** The sentence being read ends: the next one starts, or the speech is done. */
  endSentence(speech = this.speech): void {
    if (speech.at + 1 < speech.texts.length) {
      speech.at++;
      this.begin(speech);
    } else speech.events.onDone();
  }

  private begin(speech: Speech): void {
    this.heard.push(speech.texts[speech.at]!);
    speech.events.onStart(speech.at);
  }
}

export const voice = (name: string, lang: string, more: Partial<Voice> = {}): Voice => ({
  name,
  lang,
  local: true,
  isDefault: false,
  ...more,
});

// What Listen reads and where it stands: the article's blocks cut into sentences with the
// summary's splitter (the same sentences the summary links to), each remembered by its block and
// its offsets in that block's text, so its place on screen can be found again when it is read.
import { splitSentences } from '../summarize/split';
import type { EngineStop, SpeechEngine, Voice } from './engine';

export interface PlannedSentence {
  /** Index of the block (paragraph, heading, list item) it is in. */
  block: number;
  /** Offsets in the block's text: `blockText.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
}

/** The sentences of `blocks` in reading order. */
export function planSentences(blocks: readonly string[], lang: string): PlannedSentence[] {
  return blocks.flatMap((text, block) =>
    splitSentences(text, lang).map((span) => ({ block, start: span.start, end: span.end, text: span.text })),
  );
}

/** The sentence `by` sentences away from `index`, kept inside the plan. */
export function moveBy(index: number, by: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(total - 1, Math.max(0, index + by));
}

// The player: which sentence is being read, playing or paused, at what speed, driving a
// speech engine (engine.ts). Pure: the tests drive it with a fake engine.
//
// Pausing stops the engine and resuming says the current sentence again from its start, rather
// than the engines' own pause: chrome.tts.pause() on Linux (speech-dispatcher) never resumes, and
// speechSynthesis.pause() is unreliable across browsers; hearing the sentence again from its
// start also puts the listener back in the thread. A speed or a sentence chosen while playing
// restarts the speech there the same way (engines apply a speed per utterance).

/** The speeds offered, 1 being the voice's normal speed. */
export const SPEEDS: readonly number[] = [0.75, 1, 1.25, 1.5, 2];

export type ListenStatus = 'playing' | 'paused' | 'finished';

export interface ListenState {
  status: ListenStatus;
  /** The sentence being read (or, paused, the one that resuming reads). */
  index: number;
  total: number;
  rate: number;
  /** The voice reading (another can be chosen while listening). */
  voice: Voice;
  /** Set when the engine stopped by itself (and the player paused). */
  stopped?: EngineStop;
}

export interface ListenPlayer {
  play(): void;
  pause(): void;
  /** Moves `by` sentences (−1: previous, 1: next); reads from there when playing. */
  skip(by: number): void;
  setRate(rate: number): void;
  /** Reads on with `voice`, from the start of the sentence being read when playing. */
  setVoice(voice: Voice): void;
  /** Stops the engine for good (the page is closing, or the reader stopped listening). */
  stop(): void;
  state(): ListenState;
}

export function createPlayer(options: {
  engine: SpeechEngine;
  sentences: readonly string[];
  voice: Voice;
  lang: string;
  rate?: number;
  onChange: (state: ListenState) => void;
}): ListenPlayer {
  const { engine, sentences, lang } = options;
  let state: ListenState = {
    status: 'paused',
    index: 0,
    total: sentences.length,
    rate: options.rate ?? 1,
    voice: options.voice,
  };
  // each speak gets a number: the events of one the player has moved away from are dropped
  let run = 0;
  const set = (patch: Partial<ListenState>) => {
    state = { ...state, ...patch };
    options.onChange(state);
  };
  const speakFrom = (index: number) => {
    const current = ++run;
    engine.stop();
    set({ status: 'playing', index, stopped: undefined });
    engine.speak(
      sentences.slice(index),
      { voice: state.voice, lang, rate: state.rate },
      {
        onStart: (offset) => current === run && state.index !== index + offset && set({ index: index + offset }),
        onDone: () => current === run && set({ status: 'finished' }),
        onStopped: (reason) => current === run && set({ status: 'paused', stopped: reason }),
      },
    );
  };
  const halt = () => {
    run++;
    engine.stop();
  };
  return {
    play: () => {
      if (state.status === 'playing' || !state.total) return;
      speakFrom(state.status === 'finished' ? 0 : state.index);
    },
    pause: () => {
      if (state.status !== 'playing') return;
      halt();
      set({ status: 'paused' });
    },
    skip: (by) => {
      const index = moveBy(state.index, by, state.total);
      if (state.status === 'playing') speakFrom(index);
      else set({ status: 'paused', index });
    },
    setRate: (rate) => {
      set({ rate });
      if (state.status === 'playing') speakFrom(state.index);
    },
    setVoice: (voice) => {
      set({ voice });
      if (state.status === 'playing') speakFrom(state.index);
    },
    stop: halt,
    state: () => state,
  };
}

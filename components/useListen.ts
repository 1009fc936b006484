import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { findEngine } from '@/lib/listen/chrome-tts';
import { blockRange, clearSentence, showSentence, textBlocks, type TextBlock } from '@/lib/listen/dom-text';
import type { Voice } from '@/lib/listen/engine';
import {
  createPlayer,
  planSentences,
  type ListenPlayer,
  type ListenState,
  type PlannedSentence,
} from '@/lib/listen/queue';
import { prepareListening, type ListenProblem } from '@/lib/listen/voices';
import { loadListenSpeed, loadListenVoice, saveListenSpeed, saveListenVoice } from '@/lib/ui/listen-preferences';
import type { SettingsStorage } from '@/lib/ui/settings';

export type ListenView =
  | { phase: 'idle' }
  | { phase: 'preparing' }
  | { phase: 'problem'; problem: ListenProblem }
  /** `voices`: those that can read the article, for the reader to choose from. */
  | { phase: 'listening'; state: ListenState; voices: readonly Voice[] };

/**
 * The reader page's Listen feature: finds a voice for the article's language, reads the body
 * (`body`: the article body once all of it is in) sentence by sentence, and shows the sentence
 * being read, with the voice and at the speed the reader last chose (kept in
 * `preferenceStorage`). The speech stops when the page is left.
 */
export function useListen(options: { body: Element; lang: string; preferenceStorage: SettingsStorage }) {
  const [view, setView] = useState<ListenView>({ phase: 'idle' });
  const player = useRef<ListenPlayer | null>(null);
  const plan = useRef<{ blocks: TextBlock[]; sentences: PlannedSentence[] } | null>(null);
  // the speed outlives a stop and the page: the next Listen reads at the speed the reader chose
  const rate = useRef(1);
  // a start that finishes after a stop (the voices load slowly) must not start reading
  const attempt = useRef(0);

  const end = () => {
    attempt.current++;
    player.current?.stop();
    player.current = null;
    clearSentence(document);
  };

  const start = async () => {
    if (view.phase === 'preparing') return;
    end();
    const current = attempt.current;
    setView({ phase: 'preparing' });
    const [preferred, speed] = await Promise.all([
      loadListenVoice(options.preferenceStorage, options.lang),
      loadListenSpeed(options.preferenceStorage),
    ]);
    const prepared = await prepareListening({ engine: findEngine(), lang: options.lang, preferred });
    if (current !== attempt.current) return;
    rate.current = speed;
    if (!prepared.ok) return setView({ phase: 'problem', problem: prepared.problem });
    const blocks = textBlocks(options.body);
    const sentences = planSentences(
      blocks.map((block) => block.text),
      options.lang,
    );
    plan.current = { blocks, sentences };
    const { engine, voice, voices } = prepared;
    player.current = createPlayer({
      engine,
      sentences: sentences.map((sentence) => sentence.text),
      voice,
      lang: options.lang,
      rate: rate.current,
      onChange: (state) => setView({ phase: 'listening', state, voices }),
    });
    player.current.play();
  };

  const stop = () => {
    end();
    setView({ phase: 'idle' });
  };

  const setRate = (value: number) => {
    rate.current = value;
    player.current?.setRate(value);
    // not kept (storage failing) is no reason to stop reading: this page still reads at it
    void saveListenSpeed(options.preferenceStorage, value).catch(() => undefined);
  };

  // the sentence being read, on screen, scrolled to when it changes or the reading goes on
  // (not when it pauses: the reader may have scrolled away to look at something)
  const listening = view.phase === 'listening' ? view.state : null;
  const shownIndex = useRef(-1);
  // a layout effect: the highlight moves in the same frame as "Sentence 3 of 120" (an effect ran
  // a frame later, and the two could be seen disagreeing)
  useLayoutEffect(() => {
    const sentence = listening ? plan.current?.sentences[listening.index] : undefined;
    const block = sentence && plan.current?.blocks[sentence.block];
    if (!listening || listening.status === 'finished' || !sentence || !block) {
      shownIndex.current = -1;
      return clearSentence(document);
    }
    showSentence(blockRange(block, sentence.start, sentence.end), block.element, {
      scroll: listening.status === 'playing' || listening.index !== shownIndex.current,
    });
    shownIndex.current = listening.index;
  }, [listening?.index, listening?.status]);

  const setVoice = (name: string) => {
    const voice = view.phase === 'listening' ? view.voices.find((candidate) => candidate.name === name) : undefined;
    if (!voice) return;
    player.current?.setVoice(voice);
    // kept for every article in this language; not kept is no reason to stop reading
    void saveListenVoice(options.preferenceStorage, options.lang, name).catch(() => undefined);
  };

  // the browser would go on reading (chrome.tts speaks for the extension, not the page)
  useEffect(() => {
    addEventListener('pagehide', end);
    return () => {
      removeEventListener('pagehide', end);
      end();
    };
  }, []);

  return { view, start, stop, setRate, setVoice, player: () => player.current };
}

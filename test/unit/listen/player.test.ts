// The Listen player on a fake engine: the order it reads in, where it resumes after a pause,
// skipping, and a new speed taking effect.
import { describe, expect, it } from 'vitest';
import { createPlayer, type ListenState } from '../../../lib/listen/queue';
import { FakeEngine, voice } from './fake-engine';

const SENTENCES = ['Một.', 'Hai.', 'Ba.', 'Bốn.', 'Năm.'];
const VOICE = voice('Linh', 'vi-VN');

function setUp(rate?: number) {
  const engine = new FakeEngine([VOICE]);
  const states: ListenState[] = [];
  const player = createPlayer({
    engine,
    sentences: SENTENCES,
    voice: VOICE,
    lang: 'vi',
    rate,
    onChange: (state) => states.push(state),
  });
  return { engine, player, states };
}

describe('the Listen player', () => {
  it('reads every sentence in order, with the chosen voice, then says it is finished', () => {
    const { engine, player } = setUp();
    player.play();
    for (let i = 1; i < SENTENCES.length; i++) {
      expect(player.state()).toMatchObject({ status: 'playing', index: i - 1 });
      engine.endSentence();
    }
    engine.endSentence();
    expect(engine.heard).toEqual(SENTENCES);
    expect(engine.speeches).toHaveLength(1); // one speak call: the engine reads on by itself
    expect(engine.speech.options).toEqual({ voice: VOICE, lang: 'vi', rate: 1 });
    expect(player.state()).toMatchObject({ status: 'finished', index: 4, total: 5 });
    player.play(); // "Listen again": from the start
    expect(engine.speech.texts).toEqual(SENTENCES);
  });

  it('pauses where it is and resumes from the start of that sentence', () => {
    const { engine, player } = setUp();
    player.play();
    engine.endSentence();
    engine.endSentence();
    const before = engine.speech;
    player.pause();
    expect(engine.stops).toBeGreaterThan(0);
    expect(player.state()).toMatchObject({ status: 'paused', index: 2 });
    engine.endSentence(before); // a late event of the stopped speech changes nothing
    expect(player.state()).toMatchObject({ status: 'paused', index: 2 });
    player.play();
    expect(engine.speech.texts).toEqual(['Ba.', 'Bốn.', 'Năm.']);
    expect(player.state()).toMatchObject({ status: 'playing', index: 2 });
    engine.endSentence();
    expect(player.state().index).toBe(3);
  });

  it('skips to the next and the previous sentence, within the article', () => {
    const { engine, player } = setUp();
    player.play();
    player.skip(1);
    expect(engine.speech.texts[0]).toBe('Hai.');
    expect(player.state()).toMatchObject({ status: 'playing', index: 1 });
    player.skip(-1);
    player.skip(-1); // already the first
    expect(player.state().index).toBe(0);
    expect(engine.speech.texts[0]).toBe('Một.');
    for (let i = 0; i < 9; i++) player.skip(1);
    expect(player.state().index).toBe(4); // not past the last
    player.pause();
    const speeches = engine.speeches.length;
    player.skip(-2); // paused: moves the place, reads nothing
    expect(player.state()).toMatchObject({ status: 'paused', index: 2 });
    expect(engine.speeches).toHaveLength(speeches);
    player.play();
    expect(engine.speech.texts[0]).toBe('Ba.');
  });

  it('applies a new speed at once, from the sentence being read, and keeps it', () => {
    const { engine, player } = setUp(1.25);
    player.play();
    expect(engine.speech.options.rate).toBe(1.25);
    engine.endSentence();
    player.setRate(2);
    expect(engine.speech.options.rate).toBe(2);
    expect(engine.speech.texts[0]).toBe('Hai.');
    player.pause();
    player.setRate(0.75); // paused: nothing is read until it resumes, at that speed
    expect(engine.speech.options.rate).toBe(2);
    player.play();
    expect(engine.speech.options.rate).toBe(0.75);
    expect(player.state().rate).toBe(0.75);
  });

  it('reads on with another voice, from the sentence being read', () => {
    const { engine, player } = setUp();
    const other = voice('Vietnamese (Northern)+Adam', 'vi');
    player.play();
    engine.endSentence();
    player.setVoice(other);
    expect(engine.speech.options.voice).toBe(other);
    expect(engine.speech.texts[0]).toBe('Hai.');
    expect(player.state().voice).toBe(other);
  });

  it('pauses when the engine stops by itself, and says why', () => {
    const { engine, player, states } = setUp();
    player.play();
    engine.endSentence();
    engine.speech.events.onStopped('interrupted'); // another page started speaking
    expect(player.state()).toMatchObject({ status: 'paused', index: 1, stopped: 'interrupted' });
    player.play();
    engine.speech.events.onStopped('error');
    expect(states.at(-1)).toMatchObject({ status: 'paused', stopped: 'error' });
    player.play();
    expect(player.state().stopped).toBeUndefined();
  });
});

// The two engines over fakes of the browser APIs: chrome.tts gets every sentence queued at once
// (the browser reads on with the tab in the background), speechSynthesis one utterance per
// sentence chained on `end`; neither passes on the events of a speech it was told to stop.
import { describe, expect, it, vi } from 'vitest';
import { chromeTtsEngine, type ChromeTts } from '../../../lib/listen/chrome-tts';
import { webSpeechEngine, type SpeakEvents } from '../../../lib/listen/engine';
import { voice } from './fake-engine';

const VI = voice('Vietnamese (Northern) espeak-ng', 'vi');
const options = { voice: VI, lang: 'vi', rate: 1.5 };
const recorder = () => {
  const log: string[] = [];
  const events: SpeakEvents = {
    onStart: (index) => log.push(`start ${index}`),
    onDone: () => log.push('done'),
    onStopped: (reason) => log.push(`stopped ${reason}`),
  };
  return { log, events };
};

describe('the chrome.tts engine', () => {
  function fakeTts() {
    const calls: Array<{ text: string; options: Parameters<ChromeTts['speak']>[1] }> = [];
    const tts: ChromeTts = {
      speak: (text, speech, callback) => (calls.push({ text, options: speech }), callback?.()),
      stop: vi.fn(),
      getVoices: (callback) =>
        callback([
          { voiceName: VI.name, lang: 'vi' },
          { voiceName: 'Google', remote: true },
        ]),
    };
    return { tts, calls, engine: chromeTtsEngine(tts, { lastError: () => undefined }) };
  }

  it('lists voices, remote ones marked', async () => {
    expect(await fakeTts().engine.voices()).toEqual([
      { name: VI.name, lang: 'vi', local: true, isDefault: false },
      { name: 'Google', lang: '', local: false, isDefault: false },
    ]);
  });

  it('queues every sentence with the voice and speed, and reports each start and the end', () => {
    const { engine, calls } = fakeTts();
    const { log, events } = recorder();
    engine.speak(['Một.', 'Hai.'], options, events);
    expect(calls.map(({ text, options: o }) => [text, o.enqueue, o.voiceName, o.lang, o.rate])).toEqual([
      ['Một.', false, VI.name, 'vi', 1.5],
      ['Hai.', true, VI.name, 'vi', 1.5],
    ]);
    calls[0]!.options.onEvent({ type: 'start' });
    calls[0]!.options.onEvent({ type: 'end' });
    calls[1]!.options.onEvent({ type: 'start' });
    calls[1]!.options.onEvent({ type: 'end' });
    expect(log).toEqual(['start 0', 'start 1', 'done']);
  });

  it('drops the events of a stopped speech, and tells when another page took over', () => {
    const { engine, calls, tts } = fakeTts();
    const first = recorder();
    engine.speak(['Một.', 'Hai.'], options, first.events);
    engine.stop();
    expect(tts.stop).toHaveBeenCalled();
    calls[1]!.options.onEvent({ type: 'start' });
    expect(first.log).toEqual([]);
    const second = recorder();
    engine.speak(['Ba.', 'Bốn.'], options, second.events);
    calls[2]!.options.onEvent({ type: 'interrupted' });
    calls[3]!.options.onEvent({ type: 'cancelled' });
    expect(second.log).toEqual(['stopped interrupted']);
  });

  it('stops on an error, including a voice refused when it is asked for', () => {
    const calls: Array<() => void> = [];
    const tts: ChromeTts = { speak: (_t, _o, callback) => calls.push(callback!), stop: vi.fn(), getVoices: vi.fn() };
    const engine = chromeTtsEngine(tts, { lastError: () => ({ message: 'voice gone' }) });
    const { log, events } = recorder();
    engine.speak(['Một.', 'Hai.'], options, events);
    calls.forEach((callback) => callback());
    expect(log).toEqual(['stopped error']);
    expect(tts.stop).toHaveBeenCalled();
  });
});

describe('the speechSynthesis engine', () => {
  type Fake = { text: string; onstart?: () => void; onend?: () => void; onerror?: (e: { error: string }) => void };
  function fakeSynth() {
    const spoken: Fake[] = [];
    const synth = {
      getVoices: () => [{ name: VI.name, lang: 'vi', localService: true, default: false }] as SpeechSynthesisVoice[],
      speak: (utterance: unknown) => spoken.push(utterance as Fake),
      cancel: vi.fn(),
    };
    const engine = webSpeechEngine(synth, (text) => ({ text }) as unknown as SpeechSynthesisUtterance);
    return { spoken, synth, engine };
  }

  it('counts the system speech-dispatcher’s voices that Firefox lists as not local as local, and no other', async () => {
    const listed = [
      { name: 'Vietnamese (Northern)', lang: 'vi-VN', voiceURI: 'urn:moz-tts:speechd:Vietnamese%20(Northern)?vi-VN' },
      { name: 'Google tiếng Việt', lang: 'vi-VN', voiceURI: 'Google tiếng Việt' },
    ].map((voice) => ({ ...voice, localService: false, default: false }));
    const synth = { getVoices: () => listed as SpeechSynthesisVoice[], speak: vi.fn(), cancel: vi.fn() };
    const engine = webSpeechEngine(synth, (text) => ({ text }) as unknown as SpeechSynthesisUtterance);
    expect((await engine.voices()).map((voice) => [voice.name, voice.local])).toEqual([
      ['Vietnamese (Northern)', true],
      ['Google tiếng Việt', false],
    ]);
  });

  it('speaks one sentence at a time, the next on the end of the one before', () => {
    const { spoken, engine } = fakeSynth();
    const { log, events } = recorder();
    engine.speak(['Một.', 'Hai.'], options, events);
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toMatchObject({ text: 'Một.', lang: 'vi', rate: 1.5, voice: { name: VI.name } });
    spoken[0]!.onstart!();
    spoken[0]!.onend!();
    expect(spoken.map((u) => u.text)).toEqual(['Một.', 'Hai.']);
    spoken[1]!.onstart!();
    spoken[1]!.onend!();
    expect(log).toEqual(['start 0', 'start 1', 'done']);
  });

  it('stops at once (the next sentence is not chained) and reports errors', () => {
    const { spoken, synth, engine } = fakeSynth();
    const { log, events } = recorder();
    engine.speak(['Một.', 'Hai.'], options, events);
    engine.stop();
    expect(synth.cancel).toHaveBeenCalled();
    spoken[0]!.onend!();
    expect(spoken).toHaveLength(1);
    engine.speak(['Ba.'], options, events);
    spoken[1]!.onerror!({ error: 'synthesis-failed' });
    expect(log).toEqual(['stopped error']);
  });
});

import { describe, expect, it, vi } from 'vitest';
import {
  chromeAiAvailability,
  findSummarizer,
  summarizeWithChromeAi,
  type Availability,
  type ChromeSummarizerOptions,
} from '../../../lib/summarize/chrome-ai';

const ARTICLE = 'The city council voted on Tuesday to close the old harbour bridge.\n\nEngineers found cracks.';

/** A fake of the documented `Summarizer` global. */
function fakeSummarizer(
  state: Availability,
  summarize: (text: string) => Promise<string> = async () => '* The bridge closes.',
) {
  const destroy = vi.fn();
  const instance = { summarize: vi.fn(summarize), destroy };
  const api = {
    availability: vi.fn(async (_options?: ChromeSummarizerOptions) => state),
    create: vi.fn(async (_options?: ChromeSummarizerOptions) => instance),
  };
  return { api, instance, destroy };
}

describe('summarizeWithChromeAi', () => {
  it('summarises with the documented options when the model is available', async () => {
    const { api, instance, destroy } = fakeSummarizer('available');
    expect(await summarizeWithChromeAi(api, ARTICLE, { lang: 'en-US' })).toBe('* The bridge closes.');
    expect(api.create).toHaveBeenCalledWith({
      type: 'key-points',
      format: 'plain-text',
      length: 'short',
      expectedInputLanguages: ['en'],
      outputLanguage: 'en',
    });
    expect(instance.summarize).toHaveBeenCalledWith(ARTICLE);
    expect(destroy).toHaveBeenCalled();
  });

  it('asks for another summary type when told', async () => {
    const { api } = fakeSummarizer('available');
    await summarizeWithChromeAi(api, ARTICLE, { lang: 'ja', type: 'tldr' });
    expect(api.create.mock.calls[0]![0]).toMatchObject({
      type: 'tldr',
      expectedInputLanguages: ['ja'],
      outputLanguage: 'ja',
    });
  });

  it('does not try languages the model does not support', async () => {
    const { api } = fakeSummarizer('available');
    expect(await summarizeWithChromeAi(api, ARTICLE, { lang: 'vi' })).toBeNull();
    expect(await summarizeWithChromeAi(api, ARTICLE, { lang: null })).toBeNull();
    expect(api.create).not.toHaveBeenCalled();
  });

  it('falls back when the model is unavailable, or not downloaded and downloads are not allowed', async () => {
    for (const state of ['unavailable', 'downloadable', 'downloading'] as const) {
      const { api } = fakeSummarizer(state);
      expect(await summarizeWithChromeAi(api, ARTICLE, { lang: 'en' })).toBeNull();
      expect(api.create).not.toHaveBeenCalled();
    }
  });

  it('uses a model that must download when allowed', async () => {
    const { api } = fakeSummarizer('downloadable');
    expect(await summarizeWithChromeAi(api, ARTICLE, { lang: 'es', allowDownload: true })).toBe('* The bridge closes.');
  });

  it('returns null instead of throwing, whatever fails', async () => {
    const rejects = (where: 'availability' | 'create' | 'summarize') => {
      const { api } = fakeSummarizer('available', async () => {
        if (where === 'summarize') throw new Error('QuotaExceededError');
        return 'ok';
      });
      if (where === 'availability') api.availability.mockRejectedValue(new Error('boom'));
      if (where === 'create') api.create.mockRejectedValue(new Error('NotAllowedError'));
      return api;
    };
    for (const where of ['availability', 'create', 'summarize'] as const) {
      expect(await summarizeWithChromeAi(rejects(where), ARTICLE, { lang: 'en' })).toBeNull();
    }
    const throwsNow = {
      availability: () => {
        throw new Error('sync');
      },
      create: () => {
        throw new Error('sync');
      },
    };
    expect(await summarizeWithChromeAi(throwsNow, ARTICLE, { lang: 'en' })).toBeNull();
    expect(
      await summarizeWithChromeAi({ availability: async () => 'maybe', create: async () => ({}) }, ARTICLE, {
        lang: 'en',
      }),
    ).toBeNull();
    const { api: empty } = fakeSummarizer('available', async () => '   ');
    expect(await summarizeWithChromeAi(empty, ARTICLE, { lang: 'en' })).toBeNull();
    const { api: notText } = fakeSummarizer('available', async () => 42 as unknown as string);
    expect(await summarizeWithChromeAi(notText, ARTICLE, { lang: 'en' })).toBeNull();
  });

  it('returns null when there is no API or no text', async () => {
    expect(await summarizeWithChromeAi(undefined, ARTICLE, { lang: 'en' })).toBeNull();
    expect(await summarizeWithChromeAi({}, ARTICLE, { lang: 'en' })).toBeNull();
    const { api } = fakeSummarizer('available');
    expect(await summarizeWithChromeAi(api, '  ', { lang: 'en' })).toBeNull();
  });

  it('gives up after the timeout and destroys the summarizer', async () => {
    const { api, destroy } = fakeSummarizer('available', () => new Promise<string>(() => {}));
    expect(await summarizeWithChromeAi(api, ARTICLE, { lang: 'en', timeoutMs: 20 })).toBeNull();
    expect(destroy).toHaveBeenCalled();
  });

  it('cuts a long text at a paragraph break', async () => {
    const { api, instance } = fakeSummarizer('available');
    const long = `${'a'.repeat(80)}\n\n${'b'.repeat(80)}`;
    await summarizeWithChromeAi(api, long, { lang: 'en', maxInputChars: 120 });
    expect(instance.summarize).toHaveBeenCalledWith('a'.repeat(80) + '\n');
  });
});

describe('chromeAiAvailability and findSummarizer', () => {
  it('reports the model state for supported languages only', async () => {
    expect(await chromeAiAvailability(fakeSummarizer('downloading').api, 'en')).toBe('downloading');
    expect(await chromeAiAvailability(fakeSummarizer('available').api, 'vi')).toBe('unavailable');
    expect(await chromeAiAvailability(null, 'en')).toBe('unavailable');
  });

  it('finds the global only when it looks like the documented API', () => {
    const { api } = fakeSummarizer('available');
    expect(findSummarizer({ Summarizer: api })).toBe(api);
    expect(findSummarizer({ Summarizer: { availability: 1 } })).toBeNull();
    expect(findSummarizer({})).toBeNull();
    expect(findSummarizer()).toBeNull(); // Node has no Summarizer
  });
});

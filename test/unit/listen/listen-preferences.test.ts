import { describe, expect, it } from 'vitest';
import { loadListenSpeed, loadListenVoice, saveListenSpeed, saveListenVoice } from '../../../lib/ui/listen-preferences';
import type { SettingsStorage } from '../../../lib/ui/settings';

function memoryStorage(data: Record<string, unknown> = {}): SettingsStorage {
  return { get: async (key) => ({ [key]: data[key] }), set: async (items) => void Object.assign(data, items) };
}

describe('Listen’s speed', () => {
  it('is the normal speed until the reader picks one, then the one picked', async () => {
    const storage = memoryStorage();
    expect(await loadListenSpeed(storage)).toBe(1);
    await saveListenSpeed(storage, 1.25);
    expect(await loadListenSpeed(storage)).toBe(1.25);
  });
  it('falls back to the normal speed for a stored value not offered, or when storage fails', async () => {
    expect(await loadListenSpeed(memoryStorage({ listenSpeed: 7 }))).toBe(1);
    expect(await loadListenSpeed(memoryStorage({ listenSpeed: '2' }))).toBe(1);
    const broken: SettingsStorage = {
      get: async () => {
        throw new Error('no storage');
      },
      set: async () => undefined,
    };
    expect(await loadListenSpeed(broken)).toBe(1);
  });
  it('refuses to keep a speed it does not offer', async () => {
    await expect(saveListenSpeed(memoryStorage(), 3)).rejects.toThrow(RangeError);
  });
});

describe('Listen’s voice', () => {
  it('is kept for the language: every article in it, whatever its tag, and no other language', async () => {
    const storage = memoryStorage();
    expect(await loadListenVoice(storage, 'vi')).toBeUndefined();
    await saveListenVoice(storage, 'vi-VN', 'Vietnamese (Northern)+Adam');
    await saveListenVoice(storage, 'en', 'English (Great Britain)');
    expect(await loadListenVoice(storage, 'vi')).toBe('Vietnamese (Northern)+Adam');
    expect(await loadListenVoice(storage, 'en-US')).toBe('English (Great Britain)');
    expect(await loadListenVoice(storage, 'fr')).toBeUndefined();
  });
  it('reads a malformed stored value as no choice', async () => {
    expect(await loadListenVoice(memoryStorage({ listenVoices: 'Linh' }), 'vi')).toBeUndefined();
    expect(await loadListenVoice(memoryStorage({ listenVoices: { vi: 3 } }), 'vi')).toBeUndefined();
    expect(await loadListenVoice(memoryStorage({ listenVoices: {} }), 'constructor')).toBeUndefined();
  });
});

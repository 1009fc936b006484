import { describe, expect, it } from 'vitest';
import { loadListenSpeed, saveListenSpeed } from '../../../lib/ui/listen-speed';
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

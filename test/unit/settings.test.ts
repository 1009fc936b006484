import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  parseSettings,
  saveSettings,
  type SettingsStorage,
} from '../../lib/ui/settings';

function memoryStorage(): SettingsStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return { data, get: async (key) => ({ [key]: data[key] }), set: async (items) => void Object.assign(data, items) };
}

describe('reading settings', () => {
  it('start from the defaults and come back as saved', async () => {
    const storage = memoryStorage();
    expect(await loadSettings(storage)).toEqual(DEFAULT_SETTINGS);
    await saveSettings(storage, { fontSize: 20, fontFamily: 'sans', lineWidth: 60, theme: 'dark' });
    expect(await loadSettings(storage)).toEqual({ fontSize: 20, fontFamily: 'sans', lineWidth: 60, theme: 'dark' });
  });
  it('replace invalid stored values with defaults, field by field', () => {
    expect(parseSettings({ fontSize: 400, fontFamily: 'comic', lineWidth: 60, theme: 'dark' })).toEqual({
      ...DEFAULT_SETTINGS,
      lineWidth: 60,
      theme: 'dark',
    });
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });
  it('fall back to defaults when storage fails', async () => {
    const broken: SettingsStorage = {
      get: async () => {
        throw new Error('no storage');
      },
      set: async () => undefined,
    };
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });
});

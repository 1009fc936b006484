import { useEffect, useState } from 'preact/hooks';
import { applySettings, DEFAULT_SETTINGS, loadSettings, saveSettings, type ReadingSettings, type SettingsStorage } from '@/lib/settings';

/** The reading settings, applied to the page, and a setter that stores them. */
export function useReadingSettings(storage: SettingsStorage): [ReadingSettings, (next: ReadingSettings) => void] {
  const [settings, setSettings] = useState<ReadingSettings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings(storage).then(setSettings);
  }, [storage]);
  useEffect(() => applySettings(document.documentElement, settings), [settings]);
  const update = (next: ReadingSettings) => {
    setSettings(next);
    void saveSettings(storage, next);
  };
  return [settings, update];
}

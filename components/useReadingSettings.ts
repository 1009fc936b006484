import { useEffect, useRef, useState } from 'preact/hooks';
import {
  applySettings,
  DEFAULT_SETTINGS,
  loadSettings,
  saveSettings,
  type ReadingSettings,
  type SettingsStorage,
} from '@/lib/ui/settings';

/** A change to the settings, worked out from the settings as they are at that moment. */
export type SettingsChange = (current: ReadingSettings) => ReadingSettings;

/** The reading settings, applied to the page, and a way to change and store them. */
export function useReadingSettings(storage: SettingsStorage): [ReadingSettings, (change: SettingsChange) => void] {
  const [settings, setSettings] = useState<ReadingSettings>(DEFAULT_SETTINGS);
  // Two clicks can come before a re-render ("A+" twice): each change starts from the
  // newest settings, not from the ones the last render saw.
  const newest = useRef(settings);
  const show = (next: ReadingSettings) => {
    newest.current = next;
    setSettings(next);
  };
  useEffect(() => {
    void loadSettings(storage).then(show);
  }, [storage]);
  useEffect(() => applySettings(document.documentElement, settings), [settings]);
  const change = (how: SettingsChange) => {
    const next = how(newest.current);
    show(next);
    void saveSettings(storage, next);
  };
  return [settings, change];
}

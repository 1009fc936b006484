// Reading settings, kept in extension storage so the popup and the reader page share them.

export type Theme = 'light' | 'dark' | 'system';
export type FontFamily = 'serif' | 'sans';

export interface ReadingSettings {
  /** Body text size in CSS pixels. */
  fontSize: number;
  fontFamily: FontFamily;
  /** Line width in characters (the reader page; the popup is narrower anyway). */
  lineWidth: number;
  theme: Theme;
}

export const DEFAULT_SETTINGS: ReadingSettings = { fontSize: 17, fontFamily: 'serif', lineWidth: 68, theme: 'system' };

/** Allowed ranges: a stored value outside them (an old or edited profile) falls back to the default. */
export const FONT_SIZE_RANGE = { min: 13, max: 26, step: 1 } as const;
export const LINE_WIDTH_RANGE = { min: 45, max: 90, step: 5 } as const;

const STORAGE_KEY = 'readingSettings';

/** The slice of `storage.local` settings need (the real one, or a fake in tests). */
export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Settings as stored, each field checked; anything missing or invalid is the default. */
export function parseSettings(value: unknown): ReadingSettings {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof ReadingSettings, unknown>
  >;
  const inRange = (n: unknown, range: { min: number; max: number }, fallback: number) =>
    typeof n === 'number' && Number.isFinite(n) && n >= range.min && n <= range.max ? n : fallback;
  return {
    fontSize: inRange(raw.fontSize, FONT_SIZE_RANGE, DEFAULT_SETTINGS.fontSize),
    fontFamily: raw.fontFamily === 'sans' || raw.fontFamily === 'serif' ? raw.fontFamily : DEFAULT_SETTINGS.fontFamily,
    lineWidth: inRange(raw.lineWidth, LINE_WIDTH_RANGE, DEFAULT_SETTINGS.lineWidth),
    theme: raw.theme === 'light' || raw.theme === 'dark' || raw.theme === 'system' ? raw.theme : DEFAULT_SETTINGS.theme,
  };
}

export async function loadSettings(storage: SettingsStorage): Promise<ReadingSettings> {
  try {
    return parseSettings((await storage.get(STORAGE_KEY))[STORAGE_KEY]);
  } catch {
    return DEFAULT_SETTINGS; // storage unavailable: read with defaults rather than not at all
  }
}

export async function saveSettings(storage: SettingsStorage, settings: ReadingSettings): Promise<void> {
  await storage.set({ [STORAGE_KEY]: parseSettings(settings) });
}

/** Puts the settings on a page as CSS custom properties and a theme attribute. */
export function applySettings(root: HTMLElement, settings: ReadingSettings): void {
  root.style.setProperty('--reader-font-size', `${settings.fontSize}px`);
  root.style.setProperty('--reader-line-width', `${settings.lineWidth}ch`);
  root.dataset.font = settings.fontFamily;
  root.dataset.theme = settings.theme;
}

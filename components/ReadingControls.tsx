import { t } from '@/lib/ui/i18n';
import { FONT_SIZE_RANGE, LINE_WIDTH_RANGE, type ReadingSettings, type Theme } from '@/lib/ui/settings';
import type { SettingsChange } from './useReadingSettings';

const THEMES: Array<[Theme, Parameters<typeof t>[0]]> = [
  ['light', 'themeLight'],
  ['dark', 'themeDark'],
  ['system', 'themeSystem'],
];

/** Text size, typeface, line width and theme; every control has a label and works by keyboard. */
export function ReadingControls({
  settings,
  onChange,
}: {
  settings: ReadingSettings;
  onChange: (change: SettingsChange) => void;
}) {
  const set = (patch: Partial<ReadingSettings>) => onChange((current) => ({ ...current, ...patch }));
  const size = (delta: number) =>
    onChange((current) => ({
      ...current,
      fontSize: Math.min(FONT_SIZE_RANGE.max, Math.max(FONT_SIZE_RANGE.min, current.fontSize + delta)),
    }));
  return (
    <div class="controls" role="group" aria-label={t('settingsButton')}>
      <div class="controls__row">
        <button
          type="button"
          class="button button--quiet"
          aria-label={t('settingsFontSmaller')}
          onClick={() => size(-FONT_SIZE_RANGE.step)}
        >
          A−
        </button>
        <span class="controls__value" aria-live="polite">
          {settings.fontSize}px
        </span>
        <button
          type="button"
          class="button button--quiet"
          aria-label={t('settingsFontLarger')}
          onClick={() => size(FONT_SIZE_RANGE.step)}
        >
          A+
        </button>
        <button
          type="button"
          class="button button--quiet"
          aria-pressed={settings.fontFamily === 'serif'}
          onClick={() => set({ fontFamily: 'serif' })}
        >
          {t('settingsFontSerif')}
        </button>
        <button
          type="button"
          class="button button--quiet"
          aria-pressed={settings.fontFamily === 'sans'}
          onClick={() => set({ fontFamily: 'sans' })}
        >
          {t('settingsFontSans')}
        </button>
      </div>
      <label class="controls__row">
        {t('settingsWidth')}
        <input
          type="range"
          min={LINE_WIDTH_RANGE.min}
          max={LINE_WIDTH_RANGE.max}
          step={LINE_WIDTH_RANGE.step}
          value={settings.lineWidth}
          onInput={(event) => set({ lineWidth: Number((event.target as HTMLInputElement).value) })}
        />
      </label>
      <label class="controls__row">
        {t('settingsTheme')}
        <select
          value={settings.theme}
          onChange={(event) => set({ theme: (event.target as HTMLSelectElement).value as Theme })}
        >
          {THEMES.map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

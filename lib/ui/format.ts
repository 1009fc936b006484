import { t } from './i18n';

/** A publication time as the reader's locale writes a date, or null when there is none or it is unreadable. */
export function formatPublished(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(lang ?? undefined, { dateStyle: 'medium' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/** "4 min read" / "4 phút đọc". */
export function formatReadingTime(minutes: number): string {
  return t('readingTime', String(Math.max(1, Math.round(minutes))));
}

// UI strings come from public/_locales/<lang>/messages.json through the browser's i18n API,
// which picks the browser's language (Vietnamese or English, English otherwise).
// Components never hold UI text of their own, and lib/ returns codes, never sentences: the UI
// words each code through its table in messages-for-codes.ts.
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** The browser's getMessage, or a stand-in that returns the key (Node tests, no extension context). */
type GetMessage = (key: string, substitutions?: string | string[]) => string;

function browserGetMessage(): GetMessage | null {
  const i18n = (globalThis as { chrome?: { i18n?: { getMessage?: GetMessage } } }).chrome?.i18n;
  return typeof i18n?.getMessage === 'function' ? i18n.getMessage.bind(i18n) : null;
}

/** The UI text for `key` in the reader's language. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  const getMessage = browserGetMessage();
  const text = getMessage?.(key, substitutions) ?? '';
  return text || key;
}

/** Marks a page with the language its messages are in (screen readers pronounce by it): the
 * pages' HTML says "en" until the script runs. */
export function markUiLanguage(root: HTMLElement): void {
  const lang = t('uiLanguage');
  if (lang !== 'uiLanguage') root.lang = lang;
}

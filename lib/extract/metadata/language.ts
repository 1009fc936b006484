// The article's language and writing direction: the page's declared language unless its text
// is plainly another one (lib/text/language.ts).
import { primaryLanguage, resolveLanguage } from '../../text/language';
import { RTL_LANGUAGES } from '../rules/metadata';
import type { PageFacts, ReadabilityMetadata } from './types';

/** Declared language (checked against the text; with its region when the text agrees), and writing direction. */
export function languageOf(
  facts: PageFacts,
  readability: ReadabilityMetadata,
  text: string,
): { lang: string | null; dir: 'ltr' | 'rtl' } {
  const declared = normalizeLangTag(readability.lang) ?? facts.lang;
  const resolved = resolveLanguage(declared, text);
  const lang = declared && resolved === primaryLanguage(declared) ? declared : resolved || null;
  const declaredDir = (readability.dir ?? facts.dir)?.toLowerCase();
  const rtlLanguage = RTL_LANGUAGES.has(primaryLanguage(lang));
  return { lang, dir: declaredDir === 'rtl' || (declaredDir !== 'ltr' && rtlLanguage) ? 'rtl' : 'ltr' };
}

/** "vi_VN" → "vi-VN"; empty → null. */
export function normalizeLangTag(tag: string | null | undefined): string | null {
  const cleaned = tag?.trim().replace(/_/g, '-');
  return cleaned && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(cleaned) ? cleaned : null;
}

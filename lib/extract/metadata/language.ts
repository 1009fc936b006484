// The article's language and writing direction: the page's declared language unless its text
// is plainly another one (old Vietnamese CMS templates declare lang="en-us").
import { detectLanguage } from '../../text/language';
import { RTL_LANGUAGES } from '../rules/metadata';
import type { PageFacts, ReadabilityMetadata } from './types';

/** Declared language (checked against the text), and writing direction. */
export function languageOf(facts: PageFacts, readability: ReadabilityMetadata, text: string): { lang: string | null; dir: 'ltr' | 'rtl' } {
  const lang = resolveLanguage(normalizeLangTag(readability.lang) ?? facts.lang, text);
  const declaredDir = (readability.dir ?? facts.dir)?.toLowerCase();
  const rtlLanguage = !!lang && RTL_LANGUAGES.has(lang.split('-')[0]!.toLowerCase());
  return { lang, dir: declaredDir === 'rtl' || (declaredDir !== 'ltr' && rtlLanguage) ? 'rtl' : 'ltr' };
}

/** "vi_VN" → "vi-VN"; empty → null. */
export function normalizeLangTag(tag: string | null | undefined): string | null {
  const cleaned = tag?.trim().replace(/_/g, '-');
  return cleaned && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(cleaned) ? cleaned : null;
}

/** The page's declared language unless its text is plainly another one. */
export function resolveLanguage(declared: string | null, text: string): string | null {
  const detected = detectLanguage(text);
  if (!declared) return detected;
  const primary = declared.split('-')[0]!.toLowerCase();
  return detected && detected !== primary && (primary === 'en' || detected !== 'en') ? detected : declared;
}

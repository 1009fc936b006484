// Where pages state their metadata, most trusted first, and how fast people read.

// <meta> keys are its property, name, itemprop or http-equiv, lower-cased.

/** <meta> keys for the publication time (Open Graph, schema.org microdata, Dublin Core, CMS habits). */
export const PUBLISHED_TIME_META = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dc.date',
  'date',
  'sailthru.date',
  'parsely-pub-date',
  'datecreated',
];

/** <meta> keys for the lead image. */
export const LEAD_IMAGE_META = [
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'twitter:image',
  'twitter:image:src',
  'image',
];

/** <meta> keys for the site name when Readability finds none. */
export const SITE_NAME_META = ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'twitter:site'];

/** Separators between a headline and the site name in <title>: "Headline - Site", "Site | Headline". */
export const TITLE_SEPARATORS = /\s+[-–—|:·»]\s+|\s*[|–—»·]\s*/;

/** Languages written right to left (ISO 639-1 and common 3-letter codes). */
export const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'sd', 'ug', 'ku', 'ckb', 'syr']);

/**
 * Reading speed per language in words per minute (for Vietnamese, syllables, which is what
 * a "word" is in its spelling; for Chinese and Japanese, characters). Sources: Brysbaert 2019
 * meta-analysis (English 238 wpm silent reading, other alphabetic languages 180–260), and
 * Trauzettel-Klosinski et al. 2012 (IReST: Chinese ~255 characters per minute aloud, faster silent).
 */
export const WORDS_PER_MINUTE: Record<string, number> = {
  en: 238,
  vi: 230,
  fr: 195,
  de: 179,
  es: 218,
  it: 188,
  pt: 181,
  nl: 202,
  ru: 184,
  pl: 166,
  sv: 199,
  fi: 161,
  tr: 166,
  ar: 138,
  he: 187,
  zh: 350,
  ja: 357,
  ko: 226,
  th: 220,
};
export const DEFAULT_WORDS_PER_MINUTE = 200;

/** Dates and times that sites print inside the byline box ("Thứ bảy, 16/08/2025 - 20:31", "May 2, 2025 6:12 AM"). */
export const BYLINE_DATE = new RegExp(
  [
    String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?`,
    String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}`,
    String.raw`\d{1,2}:\d{2}(?:\s*(?:am|pm|sa|ch))?(?:\s*\(?gmt[+-]\d+\)?)?`,
    String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`,
    String.raw`\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}`,
  ].join('|'),
  'giu',
);

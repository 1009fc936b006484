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

// ——— Dates in other languages ———
// English month and weekday names are BYLINE_DATE's own (below); Vietnamese writes its months
// as numbers ("16/08/2025", "ngày 3 tháng 3"). These are the languages of the label lists
// (rules/labels.ts, rules/tails.ts) that print a month's name in a date, and Dutch: one line a
// language, names as dates print them, separated by commas. Matched in any case.

/** Month names: "le 3 mars 2024", "3. März 2024", "3 de marzo de 2024", "3 maart 2024", "3 марта 2024". */
export const MONTH_NAMES: Readonly<Record<string, string>> = {
  fr: 'janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre',
  de: 'januar, jänner, februar, märz, april, mai, juni, juli, august, september, oktober, november, dezember',
  es: 'enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, setiembre, octubre, noviembre, diciembre',
  pt: 'janeiro, fevereiro, março, abril, maio, junho, julho, agosto, setembro, outubro, novembro, dezembro',
  it: 'gennaio, febbraio, marzo, aprile, maggio, giugno, luglio, agosto, settembre, ottobre, novembre, dicembre',
  nl: 'januari, februari, maart, april, mei, juni, juli, augustus, september, oktober, november, december',
  id: 'januari, februari, maret, april, mei, juni, juli, agustus, september, oktober, november, desember',
  ru: 'января, февраля, марта, апреля, мая, июня, июля, августа, сентября, октября, ноября, декабря',
  ar: 'يناير, فبراير, مارس, أبريل, إبريل, مايو, يونيو, يوليو, أغسطس, سبتمبر, أكتوبر, نوفمبر, ديسمبر',
  // the Levant's and Iraq's names
  'ar-levant': 'كانون الثاني, شباط, آذار, نيسان, أيار, حزيران, تموز, آب, أيلول, تشرين الأول, تشرين الثاني, كانون الأول',
  th: 'มกราคม, กุมภาพันธ์, มีนาคม, เมษายน, พฤษภาคม, มิถุนายน, กรกฎาคม, สิงหาคม, กันยายน, ตุลาคม, พฤศจิกายน, ธันวาคม',
};

/** Their short forms, a dot after them optional: "3 févr. 2024", "3. Okt. 2024", "3 dic 2024", "3 มี.ค. 2567". */
export const MONTH_SHORT_NAMES: Readonly<Record<string, string>> = {
  fr: 'janv, févr, fév, avr, juil, sept, oct, nov, déc',
  de: 'jan, feb, mär, mrz, apr, jun, jul, aug, sep, sept, okt, nov, dez',
  es: 'ene, feb, mar, abr, may, jun, jul, ago, sep, sept, set, oct, nov, dic',
  pt: 'jan, fev, mar, abr, mai, jun, jul, ago, set, out, nov, dez',
  it: 'gen, feb, mar, apr, mag, giu, lug, ago, set, ott, nov, dic',
  nl: 'jan, feb, mrt, apr, jun, jul, aug, sep, sept, okt, nov, dec',
  id: 'jan, feb, mar, apr, jun, jul, agu, agt, sep, okt, nov, des',
  ru: 'янв, фев, февр, мар, апр, июн, июл, авг, сен, сент, окт, ноя, нояб, дек',
  th: 'ม.ค, ก.พ, มี.ค, เม.ย, พ.ค, มิ.ย, ก.ค, ส.ค, ก.ย, ต.ค, พ.ย, ธ.ค',
};

/** Weekdays before such a date: "lundi 3 mars 2024", "Montag, 3. März 2024", "Senin, 4 Maret 2024". */
export const WEEKDAY_NAMES: Readonly<Record<string, string>> = {
  fr: 'lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche',
  de: 'montag, dienstag, mittwoch, donnerstag, freitag, samstag, sonnabend, sonntag',
  es: 'lunes, martes, miércoles, jueves, viernes, sábado, domingo',
  pt: 'segunda-feira, terça-feira, quarta-feira, quinta-feira, sexta-feira, sábado, domingo',
  it: 'lunedì, martedì, mercoledì, giovedì, venerdì, sabato, domenica',
  nl: 'maandag, dinsdag, woensdag, donderdag, vrijdag, zaterdag, zondag',
  id: 'senin, selasa, rabu, kamis, jumat, sabtu, minggu',
  ru: 'понедельник, вторник, среда, четверг, пятница, суббота, воскресенье',
};

/** Words that put a date after a name: "Par Jean Dupont, le 3 mars 2024", "el 3 de marzo", "il 3 marzo",
 * "em 3 de março", "op 3 maart", "pada 3 Maret" (German's "am" is a DATELINE_WORDS one). A byline loses
 * them in lower case only: capitalised, they are names ("Le", "El"). */
export const DATE_PREPOSITIONS: readonly string[] = ['le', 'el', 'il', 'em', 'op', 'pada'];

const namesOf = (lists: Readonly<Record<string, string>>) =>
  Object.values(lists).flatMap((list) => list.split(/\s*,\s*/));
/** One alternation of `names`, longest first, so "sept" is taken before "sep". */
const anyOf = (names: readonly string[]) =>
  [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s+`))
    .join('|');
const MONTH = anyOf([...namesOf(MONTH_NAMES), ...namesOf(MONTH_SHORT_NAMES)]);
const WEEKDAY = anyOf(namesOf(WEEKDAY_NAMES));

/** Dates and times that sites print inside the byline box ("Thứ bảy, 16/08/2025 - 20:31", "May 2, 2025 6:12 AM",
 * "3. März 2024"). */
export const BYLINE_DATE = new RegExp(
  [
    String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?`,
    String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}`,
    String.raw`\d{1,2}:\d{2}(?:\s*(?:am|pm|sa|ch))?(?:\s*\(?gmt[+-]\d+\)?)?`,
    String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`,
    String.raw`\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}`,
    // other languages: "lundi 1er mars 2024", "Montag, 3. März 2024", "3 de marzo de 2024", "3 de março del 2024"
    String.raw`(?:(?:${WEEKDAY})\s*,?\s+)?\d{1,2}(?:er|º|°|ª|\.)?\s+(?:de\s+)?(?:${MONTH})\.?\s+(?:del?\s+)?\d{4}`,
  ].join('|'),
  'giu',
);

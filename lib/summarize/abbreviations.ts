/**
 * Data for repairing Intl.Segmenter's sentence breaks (see ./split). ICU breaks after any
 * "word." that is followed by a capital letter, so titles and initials end sentences early.
 * Node 20 (ICU 7x) splits each case listed here; test/unit/summarize/split.test.ts has one
 * test per repair.
 */

/**
 * Abbreviations that stand before a name, a place or a number, hardly ever at the end of a
 * sentence.
 * Matched case-sensitively against the last word of a segment, and also part by part, so
 * compounds such as "PGS.TS." or "ThS.BS." are covered by their parts.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Vietnamese academic and professional titles: Phó giáo sư, Giáo sư, Tiến sĩ, Thạc sĩ,
  // Tiến sĩ khoa học, Bác sĩ, Kỹ sư, Cử nhân, Nhà giáo nhân dân/ưu tú, Nghệ sĩ nhân dân/ưu tú.
  'PGS.',
  'GS.',
  'TS.',
  'ThS.',
  'TSKH.',
  'BS.',
  'BSCKI.',
  'BSCKII.',
  'KS.',
  'CN.',
  'NGND.',
  'NGƯT.',
  'NSND.',
  'NSƯT.',
  // Vietnamese places: Thành phố, Thị xã, Thị trấn. Quận "Q." and Phường "P." are initials
  // (below), so "Q. Bình Thạnh" joins while "anh Lê Văn P. Sau đó" still breaks.
  'TP.',
  'TX.',
  'TT.',
  // English titles and name prefixes.
  'Mr.',
  'Mrs.',
  'Ms.',
  'Mx.',
  'Dr.',
  'Prof.',
  'Sen.',
  'Rep.',
  'Gov.',
  'Gen.',
  'Lt.',
  'Col.',
  'Capt.',
  'Sgt.',
  'Cmdr.',
  'Adm.',
  'Maj.',
  'Rev.',
  'Fr.',
  'Hon.',
  'Pres.',
  'Supt.',
  'Insp.',
  'Det.',
  'Cpl.',
  'Pvt.',
  'St.',
  'Mt.',
  'Ft.',
  // English references followed by a number or name.
  'No.',
  'Nos.',
  'Vol.',
  'Fig.',
  'Art.',
  'vs.',
]);

/**
 * Single-letter initials ("George W. Bush"); in Vietnamese also the two-letter initials used
 * to withhold a name ("ông Bảo Th.", "anh Nguyễn Văn Tr.").
 */
export const INITIAL = /^(?:\p{Lu}|Ch|Gh|Gi|Kh|Ng|Ngh|Nh|Ph|Qu|Th|Tr)\.$/u;

/** Dotted acronyms: "U.S.", "U.K.", "N.V.A." (two or more letters, each followed by a dot). */
export const DOTTED_ACRONYM = /^(?:\p{L}\.){2,}$/u;

/**
 * Capitalised words that start a new sentence rather than continue a name. After any of the
 * abbreviations above ("the U.S. He said", "vitamin C. The", "anh Lê Văn P. Sau đó") a
 * following word from this list (compared lower-cased) keeps the break.
 */
export const SENTENCE_OPENERS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'the',
    'a',
    'an',
    'he',
    'she',
    'it',
    'they',
    'we',
    'i',
    'you',
    'this',
    'that',
    'these',
    'those',
    'but',
    'and',
    'so',
    'yet',
    'in',
    'on',
    'at',
    'as',
    'after',
    'before',
    'when',
    'while',
    'if',
    'there',
    'here',
    'his',
    'her',
    'its',
    'their',
    'our',
    'my',
    'your',
    'some',
    'many',
    'most',
    'all',
    'no',
    'one',
    'then',
    'however',
    'meanwhile',
    'also',
    'still',
    'now',
    'today',
    'yesterday',
    'last',
    'earlier',
    'later',
  ],
  vi: [
    'ông',
    'bà',
    'theo',
    'tuy',
    'trong',
    'sau',
    'khi',
    'tại',
    'đây',
    'đó',
    'hiện',
    'các',
    'những',
    'một',
    'người',
    'vụ',
    'ngoài',
    'trước',
    'cũng',
    'nhưng',
    'do',
    'vì',
    'với',
    'từ',
    'nếu',
    'việc',
    'đến',
    'về',
    'tôi',
    'chúng',
    'họ',
    'ngày',
    'năm',
    'tháng',
    'lúc',
    'còn',
    'thế',
    'vậy',
    'hôm',
    'được',
    'bị',
    'cơ',
  ],
};

/** A segment ending in "?" or "!" (and closing quotes or brackets), as in `“Tại sao?”`. */
export const QUESTION_OR_EXCLAMATION_END = /[?!‽？！][\s"'”’»)\]]*$/u;

/** A segment that goes on with a lower-case word, as in `rồi bỏ đi` after `“Tại sao?”`. */
export const LOWER_CASE_START = /^[\s"'“‘«(\[]*\p{Ll}/u;

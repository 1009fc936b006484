// Credit lines, as data: who wrote the story or took its pictures ("Tin, ảnh: NGUYỄN ANH", "Ảnh:
// AFP", "By Jane Doe", "Photo: Reuters") and where it came from ("Theo VnExpress", "Nguồn: Tuổi
// Trẻ"). One family of patterns, built from one list of role words, for extraction (the byline,
// credits printed twice) and for the summarizer (never a summary sentence). Each pattern is
// tried on one trimmed line or block of text, NFC.

/** Vietnamese roles credited before a colon: the text, the pictures, or the whole piece. */
const VI_ROLES = [
  'tin',
  'bài',
  'ảnh',
  'hình',
  'video',
  'clip',
  'đồ\\s*h(?:ọa|oạ)',
  'thực\\s*hiện',
  'nhóm\\s*thực\\s*hiện',
  'phóng\\s*viên',
  'nhóm\\s*phóng\\s*viên',
  'biên\\s*tập',
  'trình\\s*bày',
];
/** Roles that also begin ordinary sentences ("Nội dung: dự thảo gồm…"): a credit only on a short line. */
const VI_SHORT_LINE_ROLES = ['nội\\s*dung'];
/** Roles joined to the first: "Tin, ảnh", "Bài và ảnh", "Ảnh - video", "Tin + ảnh". */
const VI_JOINED_ROLES = ['tin', 'bài', 'ảnh', 'hình', 'video', 'clip'];

/** "Tin, ảnh:", "Bài và ảnh:", "Ảnh minh họa:", "Thực hiện:", "Nhóm phóng viên:" (the colon included). */
const viCredit = (roles: readonly string[]) =>
  String.raw`(?:${roles.join('|')})(?:\s*(?:,|&|và|-|\+)\s*(?:${VI_JOINED_ROLES.join('|')}))?(?:\s*minh\s*h(?:ọa|oạ))?\s*[:：]`;
const VI_CREDIT = viCredit([...VI_ROLES, ...VI_SHORT_LINE_ROLES]);
/** Reporters' and contributors' short signatures: "Nhóm PV", "PV Hà Nội", "CTV Minh Anh". */
const VI_SIGNATURE = String.raw`(?:nhóm\s*pv|nhóm\s*phóng\s*viên|pv|ctv)\b`;
/** English roles before a name, any case (for patterns with the i flag). */
const EN_BY = String.raw`(?:by|written\s+by|words\s+by|story\s+by|reporting\s+by|additional\s+reporting\s+by)`;
/** The same roles as they begin a line, for case-sensitive patterns: "By", "BY", "Written by". */
const EN_BY_CASED = String.raw`(?:[Bb]y|BY|[Ww]ritten\s+by|[Ww]ords\s+by|[Ss]tory\s+by|[Rr]eporting\s+by|[Aa]dditional\s+reporting\s+by)`;
/** "By" in other languages: Vietnamese, Arabic (two ways), French, German, Spanish and Portuguese. */
const OTHER_BY = String.raw`(?:bởi|بقلم|كتب|par|von|por)`;
/** What an English credit is for, then a colon, "by" or "courtesy": "Words: X", "Photo: Reuters",
 * "Image credit: …", "Pictures by …", "Video courtesy of …". */
const EN_CREDIT = String.raw`(?:words|text|photo(?:graph)?s?|pictures?|pics?|images?|video|graphic|illustration)(?:\s*credits?)?\s*(?::|by\b|courtesy\b)`;
/** Where a story came from: "Theo VnExpress", "Nguồn: Tuổi Trẻ", "According to…", "Source: …". */
const VI_SOURCE = '(?:theo|nguồn)';
const SOURCE = String.raw`(?:${VI_SOURCE}|according\s+to|source)`;

/** A capitalised name, then more names (or a number: "Jane Doe, 2 News"): "Jane", "O'Neill", "A.", "Jean-Luc". */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const NEXT_NAME = String.raw`[\p{Lu}\d][\p{L}\p{M}\d'’.-]*`;

/** Lines that are only a credit, short enough to be one. */
const CREDIT_LINES: readonly RegExp[] = [
  // A role word in any case: "Tin, ảnh: NGUYỄN ANH", "ẢNH: AFP", "Nhóm PV", "Photos: Jane Doe".
  new RegExp(
    [
      String.raw`^${VI_CREDIT}\s*\S.{0,60}$`,
      String.raw`^${VI_SIGNATURE}.{0,50}$`,
      String.raw`^${EN_CREDIT}\s*\S.{0,60}$`,
    ].join('|'),
    'iu',
  ),
  // "By Jane Doe in Hanoi", "Reporting by Jane Doe; editing by John Roe": a capitalised name after
  // the role ("By the late 2000s, …" is a sentence).
  new RegExp(String.raw`^${EN_BY_CASED}\s*:?\s+\p{Lu}.{0,60}$`, 'u'),
];

/** Whether `line` is only a credit, short enough to be one: "Tin, ảnh: NGUYỄN ANH", "Ảnh: AFP",
 * "Nhóm PV", "By Jane Doe", "Photos: Jane Doe", "Reporting by Jane Doe". */
export function isCreditLine(line: string): boolean {
  return CREDIT_LINES.some((pattern) => pattern.test(line));
}

/** Role words before a byline's name, to take off: "By", "Tin, ảnh:", "Bài và ảnh:", "Written by",
 * "بقلم:". Vietnamese roles need their colon. */
export const BYLINE_PREFIX = new RegExp(String.raw`^(?:${VI_CREDIT}\s*|(?:${EN_BY}|${OTHER_BY})\s*[:：]?\s+)`, 'iu');

/**
 * A line that is nothing but an English byline, "By Jane Doe", "By Jane Doe and John Roe",
 * "Written by A. Smith, B. Jones": a role word, then capitalised names only. News sites
 * with generated class names (BBC's "sc-801dd632-7") print it as the article's first block,
 * where Readability's class-name byline test cannot see it. "By the time…" is prose: the
 * word after "By" must be a capitalised name.
 */
export const BYLINE_LINE = new RegExp(
  String.raw`^${EN_BY_CASED}\s*:?\s+${NAME}(?:[\s,|&]+(?:and\s+)?${NEXT_NAME}){0,10}$`,
  'u',
);

/** What is left of a byline box once Readability has lifted the name out of it: "By:", "Bởi", "Tác giả:" (Time's `<h4><span>By:</span> <a rel="author">…</a></h4>`). */
export const BYLINE_ROLE_ONLY = new RegExp(String.raw`^(?:${EN_BY}|posted\s+by|tác\s+giả|${OTHER_BY})\s*[:：]?$`, 'iu');

/** The source before a name in a signature, to take off: "Theo", "Nguồn:", "According to". */
export const SOURCE_PREFIX = new RegExp(String.raw`^${SOURCE}\s*:?\s+`, 'iu');

/** The publication a signature credits after the name: "Lan Anh/Nông thôn số", "Jane Doe (Reuters)". */
export const SIGNATURE_SOURCE = /\s*(?:\/|\(|\|).*$/u;

/**
 * Blocks that are credits, never summary sentences: who wrote the story or took the pictures,
 * where it came from. Unlike isCreditLine, a credit's role is enough, whatever follows it.
 */
export const CREDIT_BLOCKS: readonly RegExp[] = [
  ...CREDIT_LINES,
  // "Tin, ảnh: Minh Hoàng", "Bài và ảnh: …", "Ảnh: AFP", "Ảnh minh họa: …", "Video: …",
  // "Đồ họa: …", "Nguồn: …", "Thực hiện: …", "Nhóm phóng viên: …", "(Ảnh: Reuters)".
  new RegExp(String.raw`^[([]?\s*(?:${viCredit(VI_ROLES)}|nguồn\s*[:：])`, 'iu'),
  // "(Theo VnExpress)", "Theo Dân trí", "(Nguồn: Tuổi Trẻ)" standing alone.
  new RegExp(String.raw`^[([]\s*${VI_SOURCE}\b[^)\]]{1,80}[)\]]\.?$`, 'iu'),
  /^[Tt]heo\s+[\p{Lu}\d][^.!?]{0,60}$/u,
  // "By Jane Doe", "By Jane Doe and John Smith, CNN", "By JANE DOE | Daily Mail Reporter".
  BYLINE_LINE,
  // "Photo: Reuters", "Photograph: AP", "Image credit: …", "Pictures by …", "Video courtesy of …".
  new RegExp(String.raw`^[([]?\s*${EN_CREDIT}`, 'iu'),
  // "Reporting by …; Editing by …", "Additional reporting by …", "Written by …", "Source: …".
  /^(?:additional\s+)?(?:reporting|writing|editing|written|edited|compiled)\s+by\b/iu,
  /^[([]?\s*source\s*:/iu,
  // "Daily Mail Reporter", "CNN's Jane Doe contributed to this report."
  /^[\p{L} .'’-]{0,40}\breporter$/iu,
  /\bcontributed\s+(?:to\s+)?(?:this\s+)?report(?:ing)?\.?$/iu,
];

/** A picture's credit at the end of its caption: "… (Ảnh: Minh Hoàng)", "… (Getty Images)", "… Photo / Reuters". */
export const CAPTION_CREDITS: readonly RegExp[] = [
  /[([]\s*(?:ảnh|hình|photo|picture|image)\s*[:：][^)\]]{1,80}[)\]]\.?$/iu,
  /(?:[([]|[|/]\s*)(?:getty images|ap(?:\s+photo)?|reuters|afp|epa|shutterstock|alamy)\s*[)\]]?\.?$/iu,
];

// An RFC 4180 CSV reader for the services' exports (Pocket, Instapaper, Readwise), and columns
// looked up by name: each service has renamed, added and reordered columns between versions.
import type { ImportedItem, ParsedImport } from './types';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export type CsvRead =
  | { ok: true; header: string[]; rows: string[][] }
  /** A quoted cell never closes (a file cut short): `line` is where it opened; `header` is the
   * first record as far as it was read, for telling a broken export from another kind of file. */
  | { ok: false; header: string[]; line: number };

/** Records of `text`: a BOM dropped, CRLF/LF/CR line ends, quoted cells holding commas, `""` and
 * line ends, blank lines left out. Linear: cells are sliced out of the text, never built by char. */
export function readCsv(text: string): CsvRead {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < src.length) {
    let cell: string;
    if (src.charCodeAt(i) === QUOTE) {
      const parts: string[] = [];
      let from = i + 1;
      for (;;) {
        const close = src.indexOf('"', from);
        if (close < 0) return { ok: false, header: records[0] ?? record, line: lineAt(src, i) };
        parts.push(src.slice(from, close));
        if (src.charCodeAt(close + 1) !== QUOTE) {
          i = close + 1;
          break;
        }
        parts.push('"');
        from = close + 2;
      }
      // text after the closing quote ("a"b) breaks the RFC; spreadsheets keep it, and so do we
      const stop = separatorAfter(src, i);
      parts.push(src.slice(i, stop));
      cell = parts.join('');
      i = stop;
    } else {
      const stop = separatorAfter(src, i);
      cell = src.slice(i, stop);
      i = stop;
    }
    record.push(cell);
    const next = src.charCodeAt(i);
    if (next === COMMA) {
      i += 1;
      continue;
    }
    i += next === CR && src.charCodeAt(i + 1) === LF ? 2 : 1;
    if (record.length > 1 || record[0] !== '') records.push(record);
    record = [];
  }
  // the text ended right after a comma: that comma opened an empty last cell
  if (record.length) records.push([...record, '']);
  return { ok: true, header: records[0] ?? [], rows: records.slice(1) };
}

/** Index of the first comma or line end at or after `from` (the text's length when none). */
function separatorAfter(src: string, from: number): number {
  let i = from;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (c === COMMA || c === LF || c === CR) return i;
    i += 1;
  }
  return i;
}

/** The 1-based line of `index`, counted only when a file is refused. */
function lineAt(src: string, index: number): number {
  let line = 1;
  for (let at = src.indexOf('\n'); at >= 0 && at < index; at = src.indexOf('\n', at + 1)) line += 1;
  return line;
}

/** A column name as compared: "Time Added", "time_added" and " TIME_ADDED" are one column. */
export function columnKey(name: string): string {
  return name.toLowerCase().replace(/[\s_]+/g, '');
}

/** Whether `header` has every one of `names` (compared by columnKey). */
export function hasColumns(header: readonly string[], names: readonly string[]): boolean {
  const keys = new Set(header.map(columnKey));
  return names.every((name) => keys.has(columnKey(name)));
}

export interface CsvTable {
  header: string[];
  rows: string[][];
  /** The cell of `row` under the column called `name`; undefined when the file has no such
   * column or the row stops short of it. */
  get(row: readonly string[], name: string): string | undefined;
}

export type CsvTableRead = ({ ok: true } & CsvTable) | Extract<CsvRead, { ok: false }>;

/** `text` read as a table whose columns are found by name, in any order. */
export function csvTable(text: string): CsvTableRead {
  const read = readCsv(text);
  if (!read.ok) return read;
  const columns = new Map<string, number>();
  // a repeated column name: the first one counts
  read.header.forEach((name, index) => {
    if (!columns.has(columnKey(name))) columns.set(columnKey(name), index);
  });
  const get = (row: readonly string[], name: string) => {
    const index = columns.get(columnKey(name));
    return index === undefined ? undefined : row[index];
  };
  return { ok: true, header: read.header, rows: read.rows, get };
}

type Refused = Extract<ParsedImport, { ok: false }>;

/** One service's CSV export opened as a table, or the refusal: another kind of file (judged by
 * its header even when the rest is broken), or the right kind cut short. */
export function exportTable(
  text: string,
  isFormat: (header: string[]) => boolean,
): ({ ok: true } & CsvTable) | Refused {
  const table = csvTable(text);
  if (!isFormat(table.header)) return { ok: false, reason: 'unknown-format' };
  if (!table.ok)
    return { ok: false, reason: 'malformed', detail: `a quoted cell opened on line ${table.line} never closes` };
  return table;
}

/** The rows' items in file order, and how many rows had no web address to import. */
export function rowItems(table: CsvTable, toItem: (row: string[]) => ImportedItem | null) {
  const items: ImportedItem[] = [];
  let skipped = 0;
  for (const row of table.rows) {
    const item = toItem(row);
    if (item) items.push(item);
    else skipped += 1;
  }
  return { items, skipped };
}

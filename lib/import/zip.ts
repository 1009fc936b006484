// Reading the zips Pocket and Omnivore export, with a budget checked before anything is inflated:
// a zip declares each file's unpacked size in its central directory, and a few kilobytes can
// declare gigabytes (a zip bomb). fflate inflates into a buffer of the declared size and never
// grows it, so a budget on declared sizes is a budget on memory.
import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { ZipEntry } from './types';

export interface ZipBudget {
  /** Files kept (folders, macOS metadata and dotfiles not counted). */
  maxEntries: number;
  /** Sum of the kept files' declared unpacked sizes. */
  maxBytes: number;
}

export type ZipRead = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'malformed' | 'too-large' };

/** "PK\x03\x04": a zip's first local file header. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, i) => bytes[i] === byte);
}

/** Paths no export carries: folders, the resource forks macOS's Finder adds when a reader
 * re-zips the export ("__MACOSX/…", "._name"), and hidden files (".DS_Store"). */
function isExportFile(name: string): boolean {
  if (name.endsWith('/')) return false;
  return !name.split('/').some((part) => part === '__MACOSX' || part.startsWith('.'));
}

/** The files of a zip, in the order the archive lists them; never throws. */
export function readZip(bytes: Uint8Array, budget: ZipBudget): ZipRead {
  // First pass: read the central directory only (the filter keeps nothing, so nothing inflates).
  const listed: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (isExportFile(file.name)) listed.push(file);
        return false;
      },
    });
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const declared = listed.reduce((sum, file) => sum + file.originalSize, 0);
  if (listed.length > budget.maxEntries || declared > budget.maxBytes) return { ok: false, reason: 'too-large' };

  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => isExportFile(file.name) });
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  // the object fflate returns orders numeric-looking names first: keep the archive's order
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  for (const { name } of listed) {
    const data = files[name];
    if (!data || seen.has(name)) continue;
    seen.add(name);
    entries.push({ path: name, bytes: data });
  }
  return { ok: true, entries };
}

/** A file's text as UTF-8 (every export Lede reads writes UTF-8), a BOM dropped. */
export function textOf(entry: ZipEntry): string {
  // TextDecoder drops a leading BOM by default and replaces bad bytes rather than throwing
  return new TextDecoder('utf-8').decode(entry.bytes);
}

import { useState } from 'preact/hooks';
import type { LedeDb } from '@/lib/db/write/schema';
import { t } from '@/lib/ui/i18n';
import type { FileImportOutcome } from '@/lib/import/run';
import { importOutcomeText } from '@/lib/ui/import-outcome';
import { offerDownload } from '@/lib/ui/offer-download';

/** Export and import go through Dexie, loaded when first used (see LibraryApp). */
const loadLibraryFile = () => import('@/lib/db/write/library-file');
const loadImporter = () => import('@/lib/import/run');

export interface LibraryFileProps {
  /** The database to export from and import into (waits for the library to open). */
  writable: () => Promise<LedeDb>;
  onImported: () => void;
}

/** Export the whole library as one JSON file; import one, or another service's export (merged by URL). */
export function LibraryFile({ writable, onImported }: LibraryFileProps) {
  const [status, setStatus] = useState<string | null>(null);
  /** Export the pictures kept offline too (a larger file). */
  const [withPictures, setWithPictures] = useState(false);
  /** Markdown notes with each article's text, not only its summary and highlights. */
  const [withText, setWithText] = useState(false);

  /** The library as Markdown notes, one per article, in a zip (an Obsidian or Logseq folder). */
  async function downloadMarkdown() {
    const [db, { libraryMarkdownZip }] = await Promise.all([writable(), import('@/lib/export/library-markdown')]);
    const zip = await libraryMarkdownZip(db, { fullText: withText });
    // fflate's bytes sit in an ordinary ArrayBuffer (never a shared one)
    offerDownload(
      new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
      `lede-notes-${new Date().toISOString().slice(0, 10)}.zip`,
    );
  }

  async function download() {
    const [db, { exportLibrary }] = await Promise.all([writable(), loadLibraryFile()]);
    const data = await exportLibrary(db, { pictures: withPictures });
    const file = new Blob([JSON.stringify(data)], { type: 'application/json' });
    offerDownload(file, `lede-library-${new Date().toISOString().slice(0, 10)}.json`);
  }

  async function upload(file: File | undefined) {
    if (!file) return;
    let outcome: FileImportOutcome;
    try {
      const [db, { importFile }, bytes] = await Promise.all([
        writable(),
        loadImporter(),
        file.arrayBuffer().then((buffer) => new Uint8Array(buffer)),
      ]);
      outcome = await importFile(
        db,
        { name: file.name, bytes },
        {
          parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
          now: Date.now(),
          onProgress: ({ done, total }) => setStatus(t('importProgress', String(done), String(total))),
        },
      );
    } catch (error) {
      // the database could not be opened for writing, or a write failed: without this the page
      // went on saying "Importing…"
      console.error('Lede: import failed', error);
      setStatus(t('importFailed'));
      return;
    }
    setStatus(importOutcomeText(outcome));
    if (outcome.kind !== 'refused') onImported();
  }

  return (
    <div class="library__file">
      <button type="button" class="button button--quiet" onClick={() => void download()}>
        {t('exportLibrary')}
      </button>
      <ExportOption checked={withPictures} onChange={setWithPictures} label={t('exportWithPictures')} />
      <button type="button" class="button button--quiet" onClick={() => void downloadMarkdown()}>
        {t('exportMarkdown')}
      </button>
      <ExportOption checked={withText} onChange={setWithText} label={t('exportWithText')} />
      <label class="button button--quiet">
        {t('importLibrary')}
        <input
          type="file"
          title={t('importLibraryHint')}
          accept=".json,.csv,.zip,.html,.htm,application/json,text/csv,application/zip,text/html"
          class="visually-hidden"
          onChange={(event) => void upload((event.target as HTMLInputElement).files?.[0])}
        />
      </label>
      {status && (
        <p class="library__notice" role="status">
          {status}
        </p>
      )}
    </div>
  );
}

/** A choice beside an export button ("with pictures", "with full text"). */
function ExportOption(props: { checked: boolean; onChange: (checked: boolean) => void; label: string }) {
  return (
    <label class="library__export-option">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange((event.target as HTMLInputElement).checked)}
      />{' '}
      {props.label}
    </label>
  );
}

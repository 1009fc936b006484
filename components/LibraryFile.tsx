import { useState } from 'preact/hooks';
import type { LedeDb } from '@/lib/db/write/schema';
import { t } from '@/lib/ui/i18n';
import { importProblemText, WRITE_PROBLEM_MESSAGE_KEYS } from '@/lib/ui/messages-for-codes';

/** Export and import go through Dexie, loaded when first used (see LibraryApp). */
const loadLibraryFile = () => import('@/lib/db/write/library-file');
type LibraryFileModule = Awaited<ReturnType<typeof loadLibraryFile>>;

export interface LibraryFileProps {
  /** The database to export from and import into (waits for the library to open). */
  writable: () => Promise<LedeDb>;
  onImported: () => void;
}

/** Export the whole library as one JSON file; import one (merged by URL, all or nothing). */
export function LibraryFile({ writable, onImported }: LibraryFileProps) {
  const [status, setStatus] = useState<string | null>(null);

  async function download() {
    const [db, { exportLibrary }] = await Promise.all([writable(), loadLibraryFile()]);
    const data = await exportLibrary(db);
    const url = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), {
      href: url,
      download: `lede-library-${new Date().toISOString().slice(0, 10)}.json`,
    });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function upload(file: File | undefined) {
    if (!file) return;
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      setStatus(importProblemText({ code: 'not-json' }));
      return;
    }
    let result: Awaited<ReturnType<LibraryFileModule['importLibrary']>>;
    try {
      const [db, { importLibrary }] = await Promise.all([writable(), loadLibraryFile()]);
      result = await importLibrary(db, data, {
        onProgress: ({ done, total }) => setStatus(t('importProgress', String(done), String(total))),
      });
    } catch (error) {
      // the database could not be opened for writing, or the write failed: all or nothing, so
      // nothing changed; without this the page went on saying "Importing…"
      console.error('Lede: import failed', error);
      setStatus(t('importFailed'));
      return;
    }
    setStatus(
      result.ok
        ? t('importDone', String(result.added), String(result.updated))
        : result.reason === 'invalid'
          ? importProblemText(result.problem)
          : t(WRITE_PROBLEM_MESSAGE_KEYS[result.reason]),
    );
    if (result.ok) onImported();
  }

  return (
    <div class="library__file">
      <button type="button" class="button button--quiet" onClick={() => void download()}>
        {t('exportLibrary')}
      </button>
      <label class="button button--quiet">
        {t('importLibrary')}
        <input
          type="file"
          accept="application/json,.json"
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

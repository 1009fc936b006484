import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Library } from '@/lib/db/open-library';
import { firstView, readLibraryRows, type LibraryRows, type LibraryView } from '@/lib/ui/library-view';

/** After this long without rows, the page says it is still opening the library (a first open
 * after an update of Lede upgrades the database: about 5 s for 10,000 articles). */
const SLOW_OPEN_MS = 800;

/**
 * The library page's rows: the library once open, the view asked for (search, filter, how many),
 * and its rows as last read — an older answer never replaces a newer one. `failed` when the
 * database could not be opened or read; `slow` once opening takes longer than a moment.
 */
export function useLibraryRows(
  libraryOpening: Promise<Library>,
  opening?: { view: LibraryView; rows: Promise<LibraryRows> },
) {
  const [library, setLibrary] = useState<Library | null>(null);
  const [view, setView] = useState<LibraryView>(() => opening?.view ?? firstView());
  const [shown, setShown] = useState<LibraryRows | null>(null);
  const [failed, setFailed] = useState(false);
  const [slow, setSlow] = useState(false);
  const latest = useRef(0);

  function fail(error: unknown) {
    console.error('Lede: the library could not be read', error);
    setFailed(true);
  }
  /** Shows the rows being read; an older answer never replaces a newer one. */
  async function show(reading: Promise<LibraryRows>) {
    const ticket = ++latest.current;
    try {
      const rows = await reading;
      if (ticket === latest.current) setShown(rows);
    } catch (error) {
      fail(error);
    }
  }

  // layout effects: reads start as soon as the page has the library, not a frame later
  useLayoutEffect(() => void libraryOpening.then(setLibrary, fail), [libraryOpening]);
  // The view whose rows were last asked for: the page's first rows are read once, before the
  // page has the library (see main.tsx), and not again when it gets it.
  const viewRead = useRef<LibraryView | null>(null);
  useLayoutEffect(() => {
    if (view === viewRead.current) return;
    if (opening && view === opening.view) {
      viewRead.current = view;
      void show(opening.rows);
    } else if (library) {
      viewRead.current = view;
      void show(readLibraryRows(library.reads, view));
    }
  }, [library, view]);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_OPEN_MS);
    return () => clearTimeout(timer);
  }, []);

  return {
    library,
    view,
    setView,
    shown,
    failed,
    slow,
    /** Reads the view's rows again (after a write). */
    reread: async () => show(readLibraryRows((await libraryOpening).reads, view)),
  };
}

// The library's writes for pages that open it to read (the reader page): Dexie and the write
// code load on the first write, not before, so the article shows without them. One database
// connection per page, opened then.
import type { LedeDb } from '../db/write/schema';

type WriteModules = typeof import('../db/write/articles') & typeof import('../db/write/highlights');

export interface LibraryWrites {
  db: LedeDb;
  writes: Pick<WriteModules, 'setProgress' | 'addHighlight' | 'changeHighlight' | 'removeHighlight'>;
}

let loading: Promise<LibraryWrites> | undefined;

/** The writable library and its write functions, loaded once per page. */
export function libraryWrites(): Promise<LibraryWrites> {
  loading ??= Promise.all([
    import('../db/write/articles'),
    import('../db/write/highlights'),
    import('../db/write/schema'),
  ])
    .then(async ([articles, highlights, schema]) => ({
      db: await schema.openLedeDb(),
      writes: {
        setProgress: articles.setProgress,
        addHighlight: highlights.addHighlight,
        changeHighlight: highlights.changeHighlight,
        removeHighlight: highlights.removeHighlight,
      },
    }))
    .catch((error: unknown) => {
      loading = undefined; // a failed open is tried again on the next write
      throw error;
    });
  return loading;
}

import { useEffect, useState } from 'preact/hooks';
import type { ReadableDb } from '@/lib/db/read/connection';
import { highlightCounts } from '@/lib/db/read/highlights';
import type { LibraryRow } from '@/lib/ui/library-view';

const NONE: ReadonlyMap<number, number> = new Map();

/**
 * How many highlights each shown article has, read in one request for all the rows shown, once
 * they are on the screen: the list's first paint never waits for the counts (the library's
 * cold open is benchmarked, test/bench/search.ts). Counts already read stay shown meanwhile.
 */
export function useHighlightCounts(
  reads: ReadableDb | undefined,
  rows: readonly LibraryRow[] | undefined,
): ReadonlyMap<number, number> {
  const [counts, setCounts] = useState(NONE);
  useEffect(() => {
    if (!reads || !rows?.length) return;
    let current = true;
    highlightCounts(
      reads,
      rows.map(({ article }) => article.id),
    ).then(
      (read) => current && setCounts(read),
      // the list is what matters: without counts it still shows every article
      (error: unknown) => console.error('Lede: the highlight counts could not be read', error),
    );
    return () => void (current = false);
  }, [reads, rows]);
  return counts;
}

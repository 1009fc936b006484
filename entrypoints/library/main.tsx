import { markUiLanguage } from '@/lib/ui/i18n';
import { render } from 'preact';
import { LibraryApp } from '@/components/LibraryApp';
import { openLibrary } from '@/lib/db/open-library';
import { firstView, readLibraryRows } from '@/lib/ui/library-view';
import { browserFetchControls } from '@/lib/ui/fetch-controls';
import { keepsImages, setKeepImages, storageUsed } from '@/lib/ui/keep-images';
import '@/components/reader.css';
import '@/components/library.css';

performance.mark('lede:library-start'); // for test/bench/search.ts: its modules are loaded and run
markUiLanguage(document.documentElement);

// library.html?q=giam+ngheo opens on that search; the address follows the search box, so a
// reload or a bookmark keeps the search.
const address = new URL(location.href);
const keepInAddress = (query: string) => {
  if (query.trim()) address.searchParams.set('q', query);
  else address.searchParams.delete('q');
  history.replaceState(history.state, '', address);
};
// The first rows are read as soon as the database is open, while the page draws itself.
const view = firstView(address.searchParams.get('q') ?? '');
const library = openLibrary();
const rows = library.then((opened) => readLibraryRows(opened.reads, view));
render(
  <LibraryApp
    library={library}
    opening={{ view, rows }}
    onQueryChange={keepInAddress}
    fetchControls={browserFetchControls}
    pictureControls={{ get: keepsImages, set: setKeepImages, storageUsed }}
  />,
  document.getElementById('app')!,
);

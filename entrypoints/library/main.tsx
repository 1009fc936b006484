import { markUiLanguage } from '@/lib/ui/i18n';
import { render } from 'preact';
import { LibraryApp } from '@/components/LibraryApp';
import { openLibrary } from '@/lib/db/open-library';
import { firstView, readLibraryRows } from '@/lib/ui/library-view';
import { libraryAddressOf, readLibraryAddress, type LibraryAddress } from '@/lib/ui/library-address';
import { browserFetchControls } from '@/lib/ui/fetch-controls';
import { keepsImages, setKeepImages, storageUsed } from '@/lib/ui/keep-images';
import '@/components/reader.css';
import '@/components/library.css';

performance.mark('lede:library-start'); // for test/bench/search.ts: its modules are loaded and run
markUiLanguage(document.documentElement);

// library.html?q=giam+ngheo opens on that search, ?tab=highlights on the highlights; the address
// follows the search box and the tabs, so a reload or a bookmark keeps them.
const opensOn = readLibraryAddress(new URL(location.href));
const keepInAddress = (shown: Partial<LibraryAddress>) =>
  history.replaceState(history.state, '', libraryAddressOf(new URL(location.href), shown));
// The first rows are read as soon as the database is open, while the page draws itself.
const view = firstView(opensOn.query);
const library = openLibrary();
const rows = library.then((opened) => readLibraryRows(opened.reads, view));
render(
  <LibraryApp
    library={library}
    opening={{ view, rows }}
    onQueryChange={(query) => keepInAddress({ query })}
    firstTab={opensOn.tab}
    onTabChange={(tab) => keepInAddress({ tab })}
    fetchControls={browserFetchControls}
    pictureControls={{ get: keepsImages, set: setKeepImages, storageUsed }}
  />,
  document.getElementById('app')!,
);

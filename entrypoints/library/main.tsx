import { render } from 'preact';
import { LibraryApp } from '@/components/LibraryApp';
import { openLibrary } from '@/lib/db/open-library';
import '@/components/reader.css';
import '@/components/library.css';

// library.html?q=giam+ngheo opens on that search; the address follows the search box, so a
// reload or a bookmark keeps the search.
const address = new URL(location.href);
const keepInAddress = (query: string) => {
  if (query.trim()) address.searchParams.set('q', query);
  else address.searchParams.delete('q');
  history.replaceState(history.state, '', address);
};
render(<LibraryApp library={openLibrary()} initialQuery={address.searchParams.get('q') ?? ''} onQueryChange={keepInAddress} />, document.getElementById('app')!);

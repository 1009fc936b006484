import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { browserTabs } from '@/lib/browser/tabs';
import type { Reading } from '@/components/PopupApp';
import { tellSaved } from '@/lib/ui/keep-images';

const openPage = (path: string) => void browser.tabs.create({ url: browser.runtime.getURL(path as '/library.html') });
// Dexie is the popup's largest code and only the Save bar needs it: it loads on its own.
const openLibrary = () => import('@/lib/db/write').then(({ openLedeDb }) => openLedeDb());

/** Replaces the static skeleton of index.html with the popup. */
export function mountPopup({ firstReading }: { firstReading: Reading }) {
  performance.mark('lede:app-start'); // for test/bench/popup.ts --timeline
  const root = document.getElementById('app')!;
  root.replaceChildren();
  render(
    <PopupApp
      api={browserTabs}
      settingsStorage={browser.storage.local}
      firstReading={firstReading}
      openLibrary={openLibrary}
      openPage={openPage}
      onSaved={(_db, id) =>
        void tellSaved(id).catch((error: unknown) => console.error('Lede: could not ask for the pictures', error))
      }
    />,
    root,
  );
}

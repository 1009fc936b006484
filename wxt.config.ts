import { defineConfig } from 'wxt';

// Lede asks for as little as it can: `activeTab` grants access to the page only
// after the reader clicks the toolbar icon (or uses Lede's shortcut or menu item),
// `scripting` injects the in-page reader into that page, `storage` keeps settings,
// `unlimitedStorage` lets the offline library grow past the default quota,
// `contextMenus` adds "Save page/link to Lede", `alarms` wakes the fetch queue for a retry and
// `offscreen` (Chrome) gives its worker a DOM. No host permissions ship: fetching saved links
// asks for the optional ones when the reader wants it.
//
// End-to-end tests open the popup with `chrome.action.openPopup()`, which is not a
// user gesture and so grants no `activeTab` (checked in Chromium 150). Only the e2e
// build (LEDE_E2E=1, written to .output/e2e/) adds a host permission, and only for
// the local test server on 127.0.0.1.
const isE2eBuild = process.env.LEDE_E2E === '1';

/** Dexie, every module that writes the database (all of lib/db/write/, the only code that
 * imports Dexie), and the Save bar. */
const WRITE_MODULES = /node_modules[\\/]dexie[\\/]|[\\/]lib[\\/]db[\\/]write[\\/]|[\\/]components[\\/]SaveBar\.tsx$/;

export default defineConfig({
  outDir: isE2eBuild ? '.output/e2e' : '.output',
  // The popup shows the article before it loads the database, and the library and reader
  // pages read it before they load Dexie: Dexie, the code that writes (saves, deletes, merges,
  // imports) and the Save bar get a chunk of their own that only dynamic imports pull in (the
  // Save bar in entrypoints/popup/app.tsx, the first write in components/LibraryApp.tsx). The
  // code that reads without Dexie (lib/db/read/, lib/search/) is left to the default chunking,
  // so each page loads what it reads with.
  // (`advancedChunks`, not its successor `codeSplitting`: WXT builds the background and the
  // content script with code splitting off, which `codeSplitting` would fight and
  // `advancedChunks` leaves alone, with a warning.)
  vite: () => ({
    build: {
      rolldownOptions: {
        output: {
          advancedChunks: {
            // a group holds only the modules its test names, not what they import
            includeDependenciesRecursively: false,
            groups: [{ name: 'library-db', test: WRITE_MODULES }],
          },
        },
      },
    },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'alarms',
      ...(browser === 'firefox' ? [] : ['offscreen']),
      // Listen (the reader reads the article aloud) speaks through chrome.tts in Chrome: the
      // browser keeps reading when the reader tab is in the background, and Chrome shows no
      // install warning for it. Firefox has no tts API for extensions (Listen uses the page's
      // speechSynthesis there, which needs no permission), and would warn about the name.
      ...(browser === 'firefox' ? [] : ['tts']),
    ],
    // Fetching the links a reader saved or imported (issue 14) needs their sites: asked for at
    // that moment, with the reason, never at install; refused, the links stay links.
    ...(manifestVersion === 2
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    commands: {
      // the command that opens the popup is _execute_browser_action in Manifest V2 (the Firefox
      // build): Firefox gives _execute_action its meaning only in Manifest V3
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpen__',
      },
      'save-article': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandSave__' },
    },
    ...(isE2eBuild ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Lede collects and transmits nothing: everything stays on the reader's machine.
            gecko: {
              id: 'lede@lede.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { openLedeDb } from '@/lib/db';
import '@/components/reader.css';

performance.mark('lede:popup-start'); // for test/bench/popup.ts

const openPage = (path: string) => void browser.tabs.create({ url: browser.runtime.getURL(path as '/library.html') });

render(<PopupApp api={browser} settingsStorage={browser.storage.local} db={openLedeDb()} openPage={openPage} />, document.getElementById('app')!);

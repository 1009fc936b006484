import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import '@/components/reader.css';

performance.mark('lede:popup-start'); // for test/bench/popup.ts

render(<PopupApp api={browser} settingsStorage={browser.storage.local} />, document.getElementById('app')!);

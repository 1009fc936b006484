import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import '@/components/reader.css';

render(<PopupApp api={browser} settingsStorage={browser.storage.local} />, document.getElementById('app')!);

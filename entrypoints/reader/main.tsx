import { render } from 'preact';
import { ReaderApp } from '@/components/ReaderApp';
import { openLedeDb } from '@/lib/db';
import '@/components/reader.css';

const id = Number(new URLSearchParams(location.search).get('id'));
render(<ReaderApp db={openLedeDb()} id={id} settingsStorage={browser.storage.local} />, document.getElementById('app')!);

import { render } from 'preact';
import { LibraryApp } from '@/components/LibraryApp';
import { openLedeDb } from '@/lib/db';
import '@/components/reader.css';
import '@/components/library.css';

render(<LibraryApp db={openLedeDb()} />, document.getElementById('app')!);

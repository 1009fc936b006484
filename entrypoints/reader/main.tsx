import { markUiLanguage } from '@/lib/ui/i18n';
import { render } from 'preact';
import { ReaderApp } from '@/components/ReaderApp';
import { openForReading } from '@/lib/db/read/connection';
import '@/components/reader.css';

markUiLanguage(document.documentElement);
const id = Number(new URLSearchParams(location.search).get('id'));
render(
  <ReaderApp db={openForReading()} id={id} settingsStorage={browser.storage.local} />,
  document.getElementById('app')!,
);

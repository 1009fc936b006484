// A page opened cold (new browser, new page) to search: open the database, search, show the
// results. "Results shown": the ranked hits' titles and snippets are in the page and a frame
// has been drawn. Reports when, in ms since navigation started.
import { openForReading } from '../../../lib/db/read/connection';
import { searchArticles } from '../../../lib/search';
import { BENCH_DB_NAME, COLD_OPEN_DONE } from './shared';

const query = new URLSearchParams(location.search).get('q') ?? '';
const scriptStarted = performance.now();
const db = await openForReading({ name: BENCH_DB_NAME });
const opened = performance.now();
const hits = await searchArticles(db, query, { limit: 20 });
const list = document.createElement('ol');
for (const hit of hits) {
  const item = document.createElement('li');
  item.append(
    hit.title,
    ' — ',
    ...hit.snippet.map((s) =>
      s.highlighted ? Object.assign(document.createElement('mark'), { textContent: s.text }) : s.text,
    ),
  );
  list.append(item);
}
document.body.append(list);
await new Promise(requestAnimationFrame);
const shown = performance.now();
Object.assign(globalThis, {
  coldResult: {
    scriptStarted,
    openMs: opened - scriptStarted,
    searchMs: shown - opened,
    sinceNavigation: shown,
    hits: hits.length,
  },
});
console.log(COLD_OPEN_DONE);

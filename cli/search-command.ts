// `lede search --docs DOCS.jsonl QUERY...`: indexes the documents with the same code the
// extension uses (in a fresh in-memory IndexedDB) and prints, per query, one JSON line
// {"query","ids"} with the ids of the best documents, best first.
import { readFile } from 'node:fs/promises';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { bareArticle, openLedeDb, saveArticles, type LedeDb, type SaveInput } from '../lib/db/write';
import { searchArticles } from '../lib/search';
import { parseArgs, UsageError } from './args';

/** One line of DOCS.jsonl. */
export interface SearchDoc {
  id: string;
  title: string;
  text: string;
}

/** Documents saved per transaction: large enough to share postings rows, small enough to keep
 * the transaction's memory bounded. */
const INDEX_BATCH_SIZE = 250;
const MAX_RESULTS = 20;
/** Documents have no address; each gets one from its line number, mapped back to its id. */
const docUrl = (line: number) => `https://docs.lede.invalid/${line}`;

export async function searchCommand(argv: string[], write: (line: string) => void): Promise<void> {
  const { flags, positional: queries } = parseArgs(argv, ['docs']);
  const docsPath = flags.get('docs');
  if (!docsPath) throw new UsageError('give --docs DOCS.jsonl');
  if (queries.length === 0) throw new UsageError('give at least one QUERY');
  let source: string;
  try {
    source = await readFile(docsPath, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${docsPath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const docs = parseDocs(source);
  const db = await openLedeDb({ name: 'lede-search-cli', indexedDB: new IDBFactory(), IDBKeyRange });
  try {
    const idByUrl = await indexDocs(db, docs);
    for (const query of queries) {
      const hits = await searchArticles(db, query, { limit: MAX_RESULTS });
      write(JSON.stringify({ query, ids: hits.map((hit) => idByUrl.get(hit.url)) }));
    }
  } finally {
    db.close();
  }
}

/** Lines of {"id","title","text"}; blank lines are skipped, a malformed line is misuse. */
export function parseDocs(source: string): { doc: SearchDoc; line: number }[] {
  const docs: { doc: SearchDoc; line: number }[] = [];
  source.split('\n').forEach((text, index) => {
    if (text.trim() === '') return;
    const line = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new UsageError(`docs line ${line} is not JSON`);
    }
    const { id, title, text: body } = (value ?? {}) as Record<string, unknown>;
    if ((typeof id !== 'string' && typeof id !== 'number') || typeof title !== 'string' || typeof body !== 'string') {
      throw new UsageError(`docs line ${line} needs "id", "title" and "text"`);
    }
    docs.push({ doc: { id: String(id), title, text: body }, line });
  });
  return docs;
}

async function indexDocs(db: LedeDb, docs: { doc: SearchDoc; line: number }[]): Promise<Map<string, string>> {
  const idByUrl = new Map<string, string>();
  for (let start = 0; start < docs.length; start += INDEX_BATCH_SIZE) {
    const batch = docs.slice(start, start + INDEX_BATCH_SIZE).map(({ doc, line }): SaveInput => {
      const url = docUrl(line);
      idByUrl.set(url, doc.id);
      return bareArticle({ url, title: doc.title, text: doc.text, html: '' }); // no HTML: search reads the text only
    });
    const result = await saveArticles(db, batch);
    if (!result.ok) throw new Error(`could not index the documents: storage full (${result.reason})`);
  }
  return idByUrl;
}

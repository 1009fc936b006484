// `npm run -s lede -- COMMAND ...`: the command-line front end over the same lib/ code
// the extension runs. Stdout carries only JSON lines; messages go to stderr.
import { UsageError } from './args';
import { extractCommand } from './extract-command';
import { importCommand } from './import-command';
import { searchCommand } from './search-command';
import { summarizeCommand } from './summarize-command';

/** A command resolves to its exit code (0 when it returns nothing). */
type Command = (argv: string[], write: (line: string) => void) => Promise<number | void>;

const COMMANDS: Record<string, Command> = {
  extract: extractCommand,
  summarize: summarizeCommand,
  search: searchCommand,
  import: importCommand,
};

const USAGE = `usage: lede extract --manifest LIST.jsonl
       lede extract [--url URL] FILE...
       lede summarize < ARTICLES.jsonl        (lines {"id","article"})
       lede search --docs DOCS.jsonl QUERY...  (lines {"id","title","text"})
       lede import --dry-run FILE              (Pocket, Instapaper, Omnivore, Readwise, Wallabag, bookmarks, Lede)`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`${name ? `unknown command "${name}"\n` : ''}${USAGE}\n`);
    return 2;
  }
  try {
    return (await command(rest, (line) => process.stdout.write(`${line}\n`))) ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`lede ${name}: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));

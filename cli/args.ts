/** Command-line words split into flags (`--name value`), boolean switches and positional arguments. */
export interface ParsedArgs {
  flags: Map<string, string>;
  /** The switches given (flags without a value, e.g. --dry-run). */
  switches: Set<string>;
  positional: string[];
}

/** Splits argv; `valueFlags` names the flags that take a value, `switches` those that take
 * none. Unknown flags are misuse. */
export function parseArgs(
  argv: string[],
  valueFlags: readonly string[],
  switchNames: readonly string[] = [],
): ParsedArgs {
  const flags = new Map<string, string>();
  const switches = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (!word.startsWith('--')) {
      positional.push(word);
      continue;
    }
    const name = word.slice(2);
    if (switchNames.includes(name)) {
      switches.add(name);
      continue;
    }
    if (!valueFlags.includes(name)) throw new UsageError(`unknown option ${word}`);
    const value = argv[++i];
    if (value === undefined) throw new UsageError(`${word} needs a value`);
    flags.set(name, value);
  }
  return { flags, switches, positional };
}

/** A mistake in how the command was called: reported on stderr with exit code 2. */
export class UsageError extends Error {}

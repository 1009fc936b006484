// Queries with one typo, as readers make them, for the search bench: one word of five letters
// or more (what Lede forgives, lib/search/typo.ts) gets one edit after its first letter (Lede
// keeps the first letter): two neighbouring letters swapped, a letter left out, doubled, or
// replaced by its neighbour on the keyboard row.

/** Letters Lede forgives a typo in, at least. */
const MIN_LETTERS = 5;
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'] as const;
const EDITS = ['swap', 'delete', 'double', 'neighbour'] as const;

/** The key beside `letter` on its keyboard row (itself when it is not a plain letter). */
function neighbourKey(letter: string): string {
  for (const row of KEYBOARD_ROWS) {
    const at = row.indexOf(letter.toLowerCase());
    if (at >= 0) return row[at + 1] ?? row[at - 1]!;
  }
  return letter;
}

/** `text` with one typo in its longest word of MIN_LETTERS letters or more (undefined when it
 * has none), `random` choosing the edit and where. */
export function withTypo(text: string, random: () => number): string | undefined {
  const words = text.split(' ');
  const longest = words
    .map((word, index) => ({ letters: [...word], index }))
    .filter(({ letters }) => letters.length >= MIN_LETTERS)
    .sort((a, b) => b.letters.length - a.letters.length)[0];
  if (!longest) return undefined;
  const { letters, index } = longest;
  const at = 1 + Math.floor(random() * (letters.length - 2)); // after the first letter, before the last
  const edit = EDITS[Math.floor(random() * EDITS.length)]!;
  if (edit === 'swap') [letters[at], letters[at + 1]] = [letters[at + 1]!, letters[at]!];
  else if (edit === 'delete') letters.splice(at, 1);
  else if (edit === 'double') letters.splice(at, 0, letters[at]!);
  else letters[at] = neighbourKey(letters[at]!);
  words[index] = letters.join('');
  return words.join(' ');
}

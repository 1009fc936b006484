// Whether two words are one typo apart: one letter inserted, deleted or replaced, or two
// neighbouring letters swapped (the optimal string alignment distance is exactly 1). Compared
// in UTF-16 units on folded forms, where a letter is one unit (accents are folded away); a
// letter outside the Basic Multilingual Plane counts as two.

/** Whether keys[start, end) is one edit away from `word` (and not `word` itself). Read in
 * place: a query checks thousands of keys of a key list and copies none of them. */
export function isOneEdit(word: string, keys: string, start: number, end: number): boolean {
  const wordLength = word.length;
  const keyLength = end - start;
  if (Math.abs(wordLength - keyLength) > 1) return false;
  let same = 0; // length of the common beginning
  const shorter = Math.min(wordLength, keyLength);
  while (same < shorter && word.charCodeAt(same) === keys.charCodeAt(start + same)) same++;
  const restEqual = (from: number, keyFrom: number) => {
    for (let i = from, k = keyFrom; i < wordLength; i++, k++)
      if (word.charCodeAt(i) !== keys.charCodeAt(start + k)) return false;
    return true;
  };
  if (wordLength === keyLength + 1) return restEqual(same + 1, same); // a letter typed too many
  if (keyLength === wordLength + 1) return restEqual(same, same + 1); // a letter left out
  if (same === wordLength) return false; // the word itself
  if (restEqual(same + 1, same + 1)) return true; // a letter replaced
  return (
    same + 1 < wordLength &&
    word.charCodeAt(same) === keys.charCodeAt(start + same + 1) &&
    word.charCodeAt(same + 1) === keys.charCodeAt(start + same) &&
    restEqual(same + 2, same + 2)
  ); // two letters swapped
}

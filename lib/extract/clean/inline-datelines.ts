import { nameWordTest, textOf } from '../dom/elements';
import { PLACE_DATELINE_NAME_WORDS } from '../rules/selectors';
import type { CleanContext } from './context';

const isNamedDateline = nameWordTest(PLACE_DATELINE_NAME_WORDS);
const INLINE_TAGS = new Set(['span', 'strong', 'b', 'em', 'i', 'small']);

/** Unmarks place datelines inside a sentence (see PLACE_DATELINE_NAME_WORDS), so Readability
 * keeps them as text and does not take them for the byline; returns how many. */
export function unmarkInlineDatelines(ctx: CleanContext): number {
  let unmarked = 0;
  for (const element of ctx.measure.elements) {
    if (!INLINE_TAGS.has(element.localName) || !isNamedDateline(element)) continue;
    const own = textOf(element);
    const sentence = textOf(element.parentElement);
    if (!own || sentence.length < own.length + 40) continue; // a dateline line of its own is furniture
    element.removeAttribute('class');
    element.removeAttribute('id');
    unmarked++;
  }
  return unmarked;
}

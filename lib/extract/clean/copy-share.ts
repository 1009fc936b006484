import { labelFirstWordTest, labelSet, normalizeLabel, removeAll, textOf } from '../dom/elements';
import { COPY_SHARE_LABELS, SHARE_BAR_WORDS } from '../rules/labels';
import type { CleanContext } from './context';
import { labelElements, MAX_LABEL_CHARS, withoutCount } from './label-elements';

const COPY_SHARE = labelSet(COPY_SHARE_LABELS);
const MAYBE_COPY_SHARE = labelFirstWordTest(COPY_SHARE_LABELS);
const SHARE_WORDS = labelSet([...SHARE_BAR_WORDS, ...COPY_SHARE_LABELS]);

/** True when `text` names a copy, share or page control, with or without a count after it. */
function isControlLabel(text: string): boolean {
  if (!MAYBE_COPY_SHARE(text)) return false;
  const label = normalizeLabel(text);
  return COPY_SHARE.has(label) || COPY_SHARE.has(withoutCount(label));
}

/** Removes copy-link and share controls recognised by their visible words, widened to their whole share bar. */
export function removeCopyShareControls(ctx: CleanContext): number {
  const found: Element[] = [];
  for (const element of labelElements(ctx, isControlLabel)) {
    let control = element;
    while (control.parentElement && control.parentElement !== ctx.root && isShareBar(control.parentElement))
      control = control.parentElement;
    if (!ctx.guard.isMainContent(control)) found.push(control);
  }
  return removeAll(found);
}

function isShareBar(element: Element): boolean {
  const text = textOf(element);
  if (text.length > MAX_LABEL_CHARS * 2) return false;
  const words = text
    .split(/\s*[|•·,/]\s*|\s{2,}/)
    .map((word) => withoutCount(normalizeLabel(word)))
    .filter(Boolean);
  return (
    SHARE_WORDS.has(normalizeLabel(text)) ||
    (words.length > 0 &&
      words.every((word) => SHARE_WORDS.has(word) || word.split(' ').every((w) => SHARE_WORDS.has(w))))
  );
}

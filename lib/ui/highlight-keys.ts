// The reader's highlight keys and the selection they act on, apart from the component so the
// rules can be tested without a page: `h` highlights the selection, `n` highlights it and opens
// its note (or opens the note of the highlight that has the focus), Enter or Space opens a
// focused highlight's bar. Keys typed into a field, or with a modifier, are the browser's.

export type HighlightKeyAction =
  | { kind: 'highlight'; range: Range }
  | { kind: 'note'; range: Range }
  | { kind: 'open-mark'; id: number }
  | { kind: 'note-on-mark'; id: number };

/** The selection, when it holds text inside `body`. */
export function selectionIn(body: Element): Range | undefined {
  const selection = body.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!body.contains(range.commonAncestorContainer) || range.toString().trim() === '') return undefined;
  return range.cloneRange();
}

/** The id of the highlight whose mark `target` is in, if any. */
export function highlightIdOf(target: EventTarget | null): number | undefined {
  const mark = (target as Element | null)?.closest?.('mark.highlight[data-highlight-id]') as HTMLElement | null;
  const id = Number(mark?.dataset.highlightId);
  return mark && Number.isInteger(id) ? id : undefined;
}

const isTyping = (target: EventTarget | null) => {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['input', 'textarea', 'select'].includes(element.localName));
};

/** What a key press asks of the highlighter, or undefined when it is not one of its keys. */
export function highlightKeyAction(event: KeyboardEvent, body: Element): HighlightKeyAction | undefined {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target))
    return undefined;
  const key = event.key.toLowerCase();
  const focused = highlightIdOf(event.target);
  if (focused !== undefined && (event.key === 'Enter' || event.key === ' ')) return { kind: 'open-mark', id: focused };
  if (key !== 'h' && key !== 'n') return undefined;
  const range = selectionIn(body);
  if (range) return { kind: key === 'h' ? 'highlight' : 'note', range };
  if (key === 'n' && focused !== undefined) return { kind: 'note-on-mark', id: focused };
  return undefined;
}

import { useEffect, useRef } from 'preact/hooks';

/**
 * "Show older …" moves the keyboard focus to the first item it added (the button itself may
 * go): `willAdd(count)` before asking for more, with the number shown now; once the list
 * shows more than that, the `selector` element of item `count` in `list` takes the focus.
 */
export function useFocusOnAdded(shownCount: number | undefined, selector: string) {
  const list = useRef<HTMLUListElement>(null);
  const firstAdded = useRef<number | null>(null);
  useEffect(() => {
    const index = firstAdded.current;
    if (index === null || shownCount === undefined || shownCount <= index) return;
    firstAdded.current = null;
    list.current?.querySelectorAll<HTMLElement>(selector)[index]?.focus();
  }, [shownCount]);
  return { list, willAdd: (count: number) => void (firstAdded.current = count) };
}

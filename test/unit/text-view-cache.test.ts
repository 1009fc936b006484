// The highlighter keeps the body's flattened text between selections, and must never quote a
// selection from a text the body no longer has (a mark put in since, in this task or before).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { quoteOfRange, showHighlights } from '../../lib/highlights/marks';
import { textViewCache } from '../../lib/highlights/text-view-cache';

function article() {
  const doc = new JSDOM('<div id="a"><p>Giá gạo xuất khẩu tăng mạnh.</p><p>Nông dân vui mừng vì được mùa.</p></div>')
    .window.document;
  return { doc, root: doc.getElementById('a')! };
}

/** A range over `text` in the `paragraph`-th paragraph's last text node. */
function rangeOver(doc: Document, root: Element, paragraph: number, text: string): Range {
  const node = root.querySelectorAll('p')[paragraph]!.lastChild as Text;
  const start = node.data.indexOf(text);
  const range = doc.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  return range;
}

describe('the highlighter’s kept text', () => {
  it('is made once while the body stays as it is', () => {
    const { root } = article();
    const cache = textViewCache(root);
    expect(cache.current()).toBe(cache.current());
    cache.dispose();
  });

  it('is made again after a mark went in, even in the same task, so quotes stay right', () => {
    const { doc, root } = article();
    const cache = textViewCache(root);
    const before = cache.current();
    const quote = quoteOfRange(root, rangeOver(doc, root, 0, 'xuất khẩu'), before)!;
    showHighlights(root, [quote], cache.current()); // splits the first paragraph's text
    const after = cache.current(); // no await: the observer's callback has not run yet
    expect(after).not.toBe(before);
    const second = quoteOfRange(root, rangeOver(doc, root, 0, 'tăng'), after);
    expect(second).toEqual({
      text: 'tăng',
      anchor: { block: 0, prefix: 'Giá gạo xuất khẩu ', suffix: ' mạnh. Nông dân vui mừng vì được' },
    });
    cache.dispose();
  });

  it('is made when the page is idle after a selection, once, and not after it is put away', () => {
    const { root } = article();
    const waiting: (() => void)[] = [];
    const cache = textViewCache(root, { schedule: (run) => waiting.push(run) });
    cache.prepareWhenIdle();
    cache.prepareWhenIdle();
    expect(waiting).toHaveLength(1);
    waiting.pop()!();
    const prepared = cache.current();
    cache.prepareWhenIdle();
    cache.dispose();
    waiting.pop()!(); // runs after dispose: does nothing
    expect(prepared).toBeDefined();
  });
});

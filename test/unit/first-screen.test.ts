// The popup and reader put a long article on screen in two steps (lib/ui/first-screen.ts): the
// first screen, then the rest below it. Together they must be the whole article, in order.
import { describe, expect, it } from 'vitest';
import { afterNextPaint, takeFirstScreen } from '../../lib/ui/first-screen';
import { page, PROSE } from './helpers';

const fragmentOf = (html: string) => {
  const doc = page('<html><body></body></html>');
  const template = doc.createElement('template');
  template.innerHTML = html;
  return template.content;
};

describe('the first screen', () => {
  it('takes the beginning of a long article only, and the two parts make the whole article in order', () => {
    const html = Array.from({ length: 300 }, (_, i) => `<p>${i}. ${PROSE[i % PROSE.length]}</p>`).join('');
    const rest = fragmentOf(html);
    const first = takeFirstScreen(rest);
    expect(first.childNodes.length).toBeGreaterThan(3);
    expect(first.childNodes.length).toBeLessThan(40);
    expect(first.firstChild?.textContent).toMatch(/^0\. /);
    const whole = [...first.childNodes, ...rest.childNodes].map((node) => (node as Element).outerHTML).join('');
    expect(whole).toBe(html);
  });

  it('counts pictures as room taken, and always shows something', () => {
    const figures = Array.from(
      { length: 20 },
      (_, i) => `<figure><img src="/${i}.jpg"><figcaption>Ảnh ${i}</figcaption></figure>`,
    ).join('');
    const first = takeFirstScreen(fragmentOf(figures));
    expect(first.childNodes.length).toBeGreaterThan(0);
    expect(first.childNodes.length).toBeLessThan(10);
    const huge = fragmentOf(`<p>${'chữ '.repeat(5_000)}</p><p>Sau</p>`);
    expect(takeFirstScreen(huge).childNodes).toHaveLength(1);
    expect(takeFirstScreen(fragmentOf(''))).toBeTruthy();
  });

  it('runs the rest after the current task, and not at all once cancelled', async () => {
    const ran: string[] = [];
    afterNextPaint(() => ran.push('kept'));
    const cancel = afterNextPaint(() => ran.push('cancelled'));
    cancel();
    expect(ran).toEqual([]);
    await new Promise((done) => setTimeout(done, 50));
    expect(ran).toEqual(['kept']);
  });
});

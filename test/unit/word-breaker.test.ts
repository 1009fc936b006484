// The popup makes the word breaker while the reader reads (SaveBar, when idle), so that Save
// does not pay for it: once prepared, saving an article's words makes no new one.
import { afterEach, describe, expect, it, vi } from 'vitest';

const RealSegmenter = Intl.Segmenter;
const setSegmenter = (segmenter: typeof Intl.Segmenter) => ((Intl as { Segmenter: unknown }).Segmenter = segmenter);

describe('prepareWordBreaker', () => {
  afterEach(() => {
    setSegmenter(RealSegmenter);
  });

  it('makes the word breaker once, ahead; the words of a save then need no new one', async () => {
    let made = 0;
    setSegmenter(
      class extends RealSegmenter {
        constructor(...args: ConstructorParameters<typeof RealSegmenter>) {
          super(...args);
          made++;
        }
      },
    );
    vi.resetModules();
    const { prepareWordBreaker, words } = await import('../../lib/text/words');
    expect(made).toBe(0); // nothing is made at load: the library page never pays
    prepareWordBreaker();
    expect(made).toBe(1);
    // punctuation beside a word is where the breaker is needed (a plain Latin run is not asked)
    expect(words('Giảm nghèo, bền vững!').map((word) => word.text)).toEqual(['Giảm', 'nghèo', 'bền', 'vững']);
    expect(made).toBe(1);
  });
});

import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Article, SummaryLine } from '@/lib/extract/types';
import { articleBlocks } from '@/lib/extract/dom/blocks';
import { SummaryView } from './SummaryView';
import { createSanitizer } from '@/lib/extract/sanitize';
import { formatPublished, formatReadingTime } from '@/lib/ui/format';
import { afterNextPaint, takeFirstScreen } from '@/lib/ui/first-screen';
import { showKeptPictures } from '@/lib/ui/kept-pictures';
import { showHighlights, type MarkedHighlight } from '@/lib/highlights/marks';

/** The clean article: header with its metadata, then the body. */
export function ArticleView({
  article,
  pictures,
  highlights,
  onBodyReady,
}: {
  article: Article;
  pictures?: ReadonlyMap<string, string>;
  /** The reader's highlights on this article (the reader page), marked once all of it is in. */
  highlights?: readonly MarkedHighlight[];
  /** Told when the body is all in (and its highlights marked): the highlighter works on it. */
  onBodyReady?: (body: HTMLDivElement) => void;
}) {
  const published = formatPublished(article.publishedTime, article.lang);
  const body = useRef<HTMLDivElement>(null);
  // The HTML was sanitized when it was read; it is sanitized again here, for the screen (the
  // render rules: links open in a new tab), and because HTML that was stored or read inside a
  // page (the save shortcut) is never trusted as it is.
  // DOMPurify's fragment goes in as it is: no serialising and parsing it once more
  // (on a 200 KB article that round trip was a large part of the time to show it). The first
  // screen goes in first; the rest once that is painted, below it (lib/ui/first-screen.ts).
  useLayoutEffect(() => {
    const target = body.current;
    if (!target) return;
    const rest = createSanitizer(window).fromHtml(article.html);
    if (pictures) showKeptPictures(rest, pictures); // the copies kept offline (the reader page)
    target.replaceChildren(takeFirstScreen(rest));
    target.setAttribute('aria-busy', 'true'); // the rest is on its way (assistive technology waits)
    // the marks are for the click → article benchmark (test/bench/popup.ts): first screen painted, then all
    let cancel = afterNextPaint(() => {
      performance.mark('lede:article-visible');
      target.append(rest);
      if (highlights?.length) showHighlights(target, highlights);
      target.removeAttribute('aria-busy');
      onBodyReady?.(target);
      cancel = afterNextPaint(() => void performance.mark('lede:article-complete'));
    });
    return () => cancel();
  }, [article.html, pictures, highlights]);
  // The rendered body yields the same blocks as the extracted text, so a summary
  // line's block index finds its paragraph on screen.
  const showSentence = (line: SummaryLine) => {
    const target = body.current ? articleBlocks(body.current)[line.block]?.element : null;
    if (!target) return;
    target.scrollIntoView({ behavior: 'smooth', block: 'center' });
    target.classList.add('is-highlighted');
    setTimeout(() => target.classList.remove('is-highlighted'), 2000);
  };
  return (
    <article class="article" lang={article.lang ?? undefined} dir={article.dir}>
      <header class="article__header">
        {article.siteName && <p class="article__site">{article.siteName}</p>}
        <h1 class="article__title">{article.title}</h1>
        <p class="article__meta">
          {article.byline && <span class="article__byline">{article.byline}</span>}
          {published && (
            <time class="article__date" dateTime={article.publishedTime ?? undefined}>
              {published}
            </time>
          )}
          <span class="article__reading-time">{formatReadingTime(article.readingMinutes)}</span>
        </p>
      </header>
      <SummaryView lines={article.summary} text={article.text} lang={article.lang} onShowSentence={showSentence} />
      {/* its children come from the layout effect above; Preact leaves them alone */}
      <div class="article__body" ref={body} />
    </article>
  );
}

// The shapes the pipeline's steps take (pipeline.ts lists the steps in order). Types only.
import type { PageIndex } from './dom/page-index';

/** Lede's private copy of the page, with its element index, before rules or Readability. */
export interface PreparedPage {
  doc: Document;
  index: PageIndex;
}

/** What Readability leaves outside the article although it belongs to it (recover/leftovers.ts). */
export interface Leftovers {
  /** Text of the lead paragraph. */
  lead: string | null;
  /** A copy of the lead figure (photo and caption). */
  leadFigure: Element | null;
  /** Text of the author box. */
  author: string | null;
  /** A short signature line (the author's name, right-aligned or bold) just after the body. */
  signature: string | null;
}

/** The article between Readability and the sanitizer, as the recovery steps see and change it. */
export interface ArticleDraft {
  /** Readability's article (a detached element). */
  content: Element;
  /** The headline, without the site's name (metadata/headline.ts). */
  title: string;
  /** Readability's byline, reduced to a name (metadata/byline.ts cleanByline). */
  byline: string | null;
  leftovers: Leftovers;
  /** A "By …" line removeRepeatedHeader took off the top of the article: then the byline's best source. */
  bylineLine: string | null;
}

/** One step of the pipeline: `run` changes the state it is given in place; what it returns is
 * not used, except OVER_BUDGET (guard.ts): the step did only part of its work. The name is what
 * the outcome's `degraded` says when the step had to be skipped or stopped at its budget. */
export interface Step<S> {
  name: string;
  run: (state: S) => unknown;
}

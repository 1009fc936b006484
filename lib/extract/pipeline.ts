// The extraction pipeline, in the order it runs: the one place that says which steps run and
// when. Every step is a named function in a file of its own; index.ts runs these lists.
//
//   1. clone the page (prepare/clone.ts): nothing below touches the live page
//   2. PREPARE_STEPS on the copy
//   3. PRE_CLEAN_STEPS on the whole page, then the leftovers are noted (recover/leftovers.ts)
//   4. Readability finds the article
//   5. POST_CLEAN_STEPS on the article alone
//   6. RECOVERY_STEPS put back what Readability left out and take off what it now shows twice
//   7. sanitize (sanitize.ts, DOMPurify), then the text blocks and metadata (metadata/)
//
// Every step runs guarded (guard.ts): a step that throws, or leaves no article where there was
// one, is skipped (the extraction starts again without it) and named in the outcome's
// `degraded`. "Show anyway", and a page the rules leave nothing of where Readability alone finds
// an article, run 1, 2, 4 and 7 only (index.ts).
import { removeLaterRepeats } from './clean/article-repeats';
import { removeCopyShareControls } from './clean/copy-share';
import { removeDatelinesAndPagers } from './clean/datelines';
import { removeDuplicateText } from './clean/duplicates';
import { removeFurniture } from './clean/furniture';
import { removeRepeatedHeader } from './clean/header-lines';
import { unmarkInlineDatelines } from './clean/inline-datelines';
import { removeLabelledLists } from './clean/labelled-lists';
import { clearAltsRepeatingCaptions } from './clean/image-captions';
import { removeLinkOnlyBlocks } from './clean/link-paragraphs';
import { removeStoryCards } from './clean/story-cards';
import { removeStoryLists } from './clean/story-lists';
import { removeBoilerplateTails } from './clean/tails';
import { figureGalleries } from './prepare/figures';
import { removeHugeAttributes } from './prepare/huge-attributes';
import { restoreLazyImages } from './prepare/lazy-images';
import { removeTemplates } from './prepare/templates';
import { restoreLeftovers } from './recover/leftovers';
import type { ArticleDraft, PreparedPage, Step } from './step-types';
import type { CleanContext } from './clean/context';

/** A step under its name: the name says which step was skipped, whatever a minifier calls it. */
const step = <S>(name: string, run: (state: S) => unknown): Step<S> => ({ name, run });

/** On the copy, before any rule: what every reader of the page needs to see it as a browser does. */
export const PREPARE_STEPS: readonly Step<PreparedPage>[] = [
  step('removeTemplates', removeTemplates), // inert in browsers, live children in linkedom
  step('removeHugeAttributes', removeHugeAttributes), // a data: image of megabytes
  step('restoreLazyImages', restoreLazyImages), // lazy-loading scripts never run on the copy
  step('figureGalleries', figureGalleries), // Readability drops a <div> of pictures; a <figure> it keeps
];

/** Before Readability, on the whole page: furniture, widgets and lists of other stories. */
export const PRE_CLEAN_STEPS: readonly Step<CleanContext>[] = [
  step('unmarkInlineDatelines', unmarkInlineDatelines), // first: a dateline inside a sentence is text, not furniture
  step('removeFurniture', removeFurniture),
  step('removeCopyShareControls', removeCopyShareControls),
  step('removeLabelledLists', removeLabelledLists),
  step('removeStoryLists', removeStoryLists),
  step('removeStoryCards', removeStoryCards),
];

/** After Readability, on the article alone: what it kept that is still not the article. */
export const POST_CLEAN_STEPS: readonly Step<CleanContext>[] = [
  step('removeCopyShareControls', removeCopyShareControls),
  step('removeLabelledLists', removeLabelledLists),
  step('removeStoryLists', removeStoryLists),
  step('removeStoryCards', removeStoryCards),
  step('removeLinkOnlyBlocks', removeLinkOnlyBlocks),
  step('removeDatelinesAndPagers', removeDatelinesAndPagers),
  step('removeBoilerplateTails', removeBoilerplateTails), // copyright, tags, comment policy at the end
  step('removeDuplicateText', removeDuplicateText),
];

/** After the post-clean, with the article's links made absolute: what Readability left out
 * goes back, then what the reader's header already shows, or the article shows twice, goes. */
export const RECOVERY_STEPS: readonly Step<ArticleDraft>[] = [
  step('restoreLeftovers', restoreLeftovers), // the lead (sapo) and the lead photo
  step('removeRepeatedHeader', removeRepeatedHeader), // the headline and a "By …" line at the top
  step('removeLaterRepeats', removeLaterRepeats), // later copies of a paragraph or the headline
  step('clearAltsRepeatingCaptions', clearAltsRepeatingCaptions), // last: the lead photo is back
];

import { cleanContext, type CleanContext } from './context';
import { removeDatelinesAndPagers, unmarkInlineDatelines } from './datelines';
import { removeDuplicateText } from './duplicates';
import { removeFurniture } from './furniture';
import { removeCopyShareControls, removeLabelledLists } from './labels';
import { removeLinkOnlyBlocks } from './link-paragraphs';
import { removeStoryCards, removeStoryLists } from './story-lists';

/** How many elements each rule removed: for the benchmark and for debugging a page. */
export type CleanReport = Record<string, number>;

/**
 * Before Readability, on the whole page: furniture, widgets and lists of other stories.
 * Returns the context too: its measure still describes what is left.
 */
export function preClean(body: Element, pageUrl: string): { report: CleanReport; ctx: CleanContext } {
  const ctx = cleanContext(body, pageUrl);
  const report = {
    inlineDatelines: unmarkInlineDatelines(ctx),
    furniture: removeFurniture(ctx),
    copyShare: removeCopyShareControls(ctx),
    labelledLists: removeLabelledLists(ctx),
    storyLists: removeStoryLists(ctx),
    storyCards: removeStoryCards(ctx),
  };
  return { report, ctx };
}

/** After Readability, on the article alone: what it kept that is still not the article. */
export function postClean(article: Element, pageUrl: string): CleanReport {
  const ctx = cleanContext(article, pageUrl);
  return {
    copyShare: removeCopyShareControls(ctx),
    labelledLists: removeLabelledLists(ctx),
    storyLists: removeStoryLists(ctx),
    storyCards: removeStoryCards(ctx),
    linkOnly: removeLinkOnlyBlocks(ctx),
    datelinesAndPagers: removeDatelinesAndPagers(ctx),
    duplicates: removeDuplicateText(ctx),
  };
}

import { cleanContext } from './context';
import { removeDuplicateText } from './duplicates';
import { removeFurniture } from './furniture';
import { removeCopyShareControls, removeLabelledLists } from './labels';
import { removeLinkOnlyBlocks } from './link-paragraphs';
import { removeStoryLists } from './story-lists';

/** How many elements each rule removed: for the benchmark and for debugging a page. */
export type CleanReport = Record<string, number>;

/** Before Readability, on the whole page: furniture, widgets and lists of other stories. */
export function preClean(body: Element, pageUrl: string): CleanReport {
  const ctx = cleanContext(body, pageUrl);
  return {
    furniture: removeFurniture(ctx),
    copyShare: removeCopyShareControls(ctx),
    labelledLists: removeLabelledLists(ctx),
    storyLists: removeStoryLists(ctx),
  };
}

/** After Readability, on the article alone: what it kept that is still not the article. */
export function postClean(article: Element, pageUrl: string): CleanReport {
  const ctx = cleanContext(article, pageUrl);
  return {
    copyShare: removeCopyShareControls(ctx),
    labelledLists: removeLabelledLists(ctx),
    storyLists: removeStoryLists(ctx),
    linkOnly: removeLinkOnlyBlocks(ctx),
    duplicates: removeDuplicateText(ctx),
  };
}

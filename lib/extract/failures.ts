import type { FailureReason } from './types';

/** What the reader is told for each failure, in plain words. */
export const FAILURE_MESSAGES: Record<FailureReason, string> = {
  'restricted-page': 'Lede can’t read this page. Browsers don’t let extensions into their own pages, the extension store or the PDF viewer.',
  'not-article': 'This page doesn’t look like an article, so Lede found nothing to show.',
  'empty-page': 'This page has no text that Lede can read.',
  frames: 'This page is made of frames. Open the frame that holds the article on its own, then try Lede again.',
  'extract-failed': 'Something went wrong while Lede was reading this page.',
};

/** An ExtractOutcome for a failure, with its message. */
export function failure(reason: FailureReason, options: { canForce?: boolean } = {}) {
  return { ok: false as const, reason, message: FAILURE_MESSAGES[reason], canForce: options.canForce ?? false };
}

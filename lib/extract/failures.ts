import type { ExtractOutcome, FailureReason } from './types';

/** An ExtractOutcome for a failure: its reason code (the UI words it in the reader's language). */
export function failure(
  reason: FailureReason,
  options: { canForce?: boolean } = {},
): Extract<ExtractOutcome, { ok: false }> {
  return { ok: false, reason, canForce: options.canForce ?? false };
}

// Full storage is something a reader can act on, so it comes back as a value: the code 'quota',
// which the UI words in the reader's language. IndexedDB aborts the whole transaction, so
// nothing already saved is touched.
import type { StorageFull } from '../types';

const QUOTA_ERROR_NAME = 'QuotaExceededError';
/** Dexie wraps the browser's error (inner), or collects several (failures, in bulk writes). */
const NESTED_ERROR_FIELDS = ['inner', 'cause', 'failures'] as const;
const MAX_NESTING = 4;

/** Whether `error`, or an error it wraps, says the storage quota was exceeded. */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > MAX_NESTING) return false;
  if ((error as { name?: unknown }).name === QUOTA_ERROR_NAME) return true;
  return NESTED_ERROR_FIELDS.some((field) => {
    const nested: unknown = (error as Record<string, unknown>)[field];
    if (Array.isArray(nested)) return nested.some((item) => isQuotaError(item, depth + 1));
    if (field === 'failures' && typeof nested === 'object' && nested !== null) {
      return Object.values(nested).some((item) => isQuotaError(item, depth + 1));
    }
    return isQuotaError(nested, depth + 1);
  });
}

/** Runs a write; a quota failure becomes the StorageFull value, any other error is rethrown. */
export async function unlessStorageFull<T>(write: () => Promise<T>): Promise<T | StorageFull> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) return { ok: false, reason: 'quota' };
    throw error;
  }
}

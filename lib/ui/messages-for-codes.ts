// What lib/ reports comes back as codes; the UI words them in the reader's language here, through
// one table per family of codes. Each table is typed `Record<Code, MessageKey>`, so a new code
// without its message fails the type check (and test/unit/i18n/locales.test.ts checks that both
// locales have the message).
import type { TabSaveCode } from '../browser/save-from-browser';
import type { FetchFailure, WriteProblem } from '../db/types';
import type { FieldKind, ImportProblem } from '../db/write/validate';
import type { FailureReason } from '../extract/types';
import type { ImportFormat, ImportRefusal } from '../import/types';
import { t, type MessageKey } from './i18n';

/** Why the popup shows no article. */
export const FAILURE_MESSAGE_KEYS: Record<FailureReason, MessageKey> = {
  'restricted-page': 'failureRestrictedPage',
  'not-article': 'failureNotArticle',
  'empty-page': 'failureEmptyPage',
  frames: 'failureFrames',
  'extract-failed': 'failureExtractFailed',
  cancelled: 'failureCancelled',
};

/** Why a save (or an import) wrote nothing. */
export const WRITE_PROBLEM_MESSAGE_KEYS: Record<WriteProblem, MessageKey> = {
  quota: 'storageFull',
  'write-failed': 'saveFailed',
};

/** The toolbar badge's tooltip after a save from the shortcut or the context menu. */
export const TAB_SAVE_MESSAGE_KEYS: Record<TabSaveCode, MessageKey> = {
  saved: 'saved',
  ...WRITE_PROBLEM_MESSAGE_KEYS,
  ...FAILURE_MESSAGE_KEYS,
};

/** Why a library file was not imported. */
export const IMPORT_PROBLEM_MESSAGE_KEYS: Record<ImportProblem['code'], MessageKey> = {
  'not-json': 'importNotJson',
  'not-lede-file': 'importNotLedeFile',
  'newer-format': 'importNewerFormat',
  'no-article-list': 'importNoArticleList',
  'not-an-article': 'importNotAnArticle',
  'missing-field': 'importMissingField',
  'bad-field': 'importBadField',
};

/** Why another service's export was not imported. */
export const IMPORT_REFUSAL_MESSAGE_KEYS: Record<ImportRefusal, MessageKey> = {
  'unknown-format': 'importRefusedUnknownFormat',
  malformed: 'importRefusedMalformed',
  'no-items': 'importRefusedNoItems',
  'too-large': 'importRefusedTooLarge',
};

/** Why a saved link could not be read (the library's list of failed links). */
export const FETCH_FAILURE_MESSAGE_KEYS: Record<FetchFailure, MessageKey> = {
  'not-found': 'fetchFailedNotFound',
  refused: 'fetchFailedRefused',
  'server-error': 'fetchFailedServerError',
  timeout: 'fetchFailedTimeout',
  network: 'fetchFailedNetwork',
  'not-article': 'fetchFailedNotArticle',
  'not-html': 'fetchFailedNotHtml',
};

/** Services by their own names, which no language translates (importServiceDone). */
const SERVICE_NAMES: Record<Exclude<ImportFormat, 'bookmarks-html'>, string> = {
  'pocket-csv': 'Pocket',
  'pocket-html': 'Pocket',
  'instapaper-csv': 'Instapaper',
  omnivore: 'Omnivore',
  'readwise-csv': 'Readwise Reader',
  'wallabag-json': 'wallabag',
  'lede-library': 'Lede',
};

/** Who wrote an export, as importServiceDone names it: a service, or the reader's bookmarks. */
export function importSourceName(format: ImportFormat): string {
  return format === 'bookmarks-html' ? t('importFormatBookmarks') : SERVICE_NAMES[format];
}

/** What a field of an imported article should hold, within importBadField. */
export const FIELD_KIND_MESSAGE_KEYS: Record<FieldKind, MessageKey> = {
  'web-address': 'importFieldWebAddress',
  'web-address-or-null': 'importFieldWebAddressOrNull',
  text: 'importFieldText',
  'text-or-null': 'importFieldTextOrNull',
  direction: 'importFieldDirection',
  sentences: 'importFieldSentences',
  number: 'importFieldNumber',
  tags: 'importFieldTags',
  time: 'importFieldTime',
  'time-or-null': 'importFieldTimeOrNull',
  'true-or-false': 'importFieldTrueOrFalse',
  'reading-progress': 'importFieldReadingProgress',
  highlights: 'highlightsFileField',
};

/** An import problem in words, its details (format version, article, field) filled in. */
export function importProblemText(problem: ImportProblem): string {
  const key = IMPORT_PROBLEM_MESSAGE_KEYS[problem.code];
  switch (problem.code) {
    case 'newer-format':
      return t(key, String(problem.version));
    case 'not-an-article':
      return t(key, String(problem.article), String(problem.total));
    case 'missing-field':
      return t(key, String(problem.article), String(problem.total), problem.field);
    case 'bad-field':
      return t(
        key,
        String(problem.article),
        String(problem.total),
        problem.field,
        t(FIELD_KIND_MESSAGE_KEYS[problem.expected]),
      );
    default:
      return t(key);
  }
}

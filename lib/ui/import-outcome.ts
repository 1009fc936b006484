// An import's outcome in the reader's words (components/LibraryFile.tsx).
import type { FileImportOutcome } from '../import/run';
import { t } from './i18n';
import {
  IMPORT_REFUSAL_MESSAGE_KEYS,
  importProblemText,
  importSourceName,
  WRITE_PROBLEM_MESSAGE_KEYS,
} from './messages-for-codes';

export function importOutcomeText(outcome: FileImportOutcome): string {
  switch (outcome.kind) {
    case 'refused':
      return t(IMPORT_REFUSAL_MESSAGE_KEYS[outcome.reason]);
    case 'library': {
      const { result } = outcome;
      if (result.ok) return t('importDone', String(result.added), String(result.updated));
      return result.reason === 'invalid'
        ? importProblemText(result.problem)
        : t(WRITE_PROBLEM_MESSAGE_KEYS[result.reason]);
    }
    case 'items': {
      const { result, format } = outcome;
      if (!result.ok) return t('importStoppedFull', String(result.added));
      const done = t('importServiceDone', String(result.added), importSourceName(format), String(result.merged));
      return result.skipped > 0 ? `${done} ${t('importSkipped', String(result.skipped))}` : done;
    }
  }
}

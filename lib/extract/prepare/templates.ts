import type { PreparedPage } from '../step-types';

/**
 * Removes <template> elements: their contents are inert in browsers but are live children in
 * linkedom. The index lists nothing inside a template, so its other lists stay true.
 */
export function removeTemplates({ index }: PreparedPage): void {
  for (const template of index.elements('template')) template.remove();
}

import type { PageFacts, ReadabilityMetadata } from './types';

/** The publication time as stated by the page, when it parses as a date. */
export function publishedTimeOf(facts: PageFacts, readability: ReadabilityMetadata): string | null {
  return validDate(readability.publishedTime) ?? facts.publishedTime;
}

/** `value` trimmed, when it parses as a date; else null. */
export function validDate(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed && !Number.isNaN(Date.parse(trimmed)) ? trimmed : null;
}

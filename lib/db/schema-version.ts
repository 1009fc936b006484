// The schema's current version, apart from write/schema.ts so that code opening the database
// without Dexie (read/connection.ts) does not load Dexie to know it. A unit test
// (test/unit/db/schema.test.ts) checks that SCHEMA_HISTORY's last entry is this version.

export const DEFAULT_DB_NAME = 'lede';

/** The version of SCHEMA_HISTORY's last entry. */
export const SCHEMA_VERSION = 8;

/** IndexedDB's version number for a Dexie version: Dexie stores version × 10 (and may add
 * one or more when it patches a schema extended without a new version). */
export const nativeVersion = (version: number) => Math.round(version * 10);

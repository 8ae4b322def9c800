/** The database name (one per extension origin: the panel and the worker share it). */
export const logDbName = 'spasm-relief-log';
/**
 * Current schema version. v1: store `cramps` (first format). v2: store `entries` with an `at` index,
 * and `meta`.
 */
export const logDbVersion = 2;

/**
 * Creates the current (v2) stores in a database being created or upgraded. Plain IndexedDB, shared
 * by the log's full upgrade (db.ts) and the worker's light open (recordDb.ts).
 */
export function createLogStores(db: IDBDatabase): void {
  db.createObjectStore('entries', { keyPath: 'id' }).createIndex('byAt', 'at');
  db.createObjectStore('meta');
}

/** The database name (one per extension origin: the panel and the worker share it). */
export const logDbName = 'spasm-relief-log';
/**
 * Current schema version. v1: store `cramps` (first format). v2: store `entries` with an `at` index,
 * and `meta`. v3: store `medicines` added (entries unchanged; their new optional fields need no
 * upgrade).
 */
export const logDbVersion = 3;

/**
 * Creates the stores a database at `oldVersion` lacks (0: new). Plain IndexedDB, shared by the log's
 * full upgrade (db.ts) and the worker's light open (recordDb.ts). It only adds stores, never touches
 * records: v1's data conversion lives in db.ts.
 */
export function createLogStores(db: IDBDatabase, oldVersion = 0): void {
  if (oldVersion < 2) {
    db.createObjectStore('entries', { keyPath: 'id' }).createIndex('byAt', 'at');
    db.createObjectStore('meta');
  }
  if (oldVersion < 3) db.createObjectStore('medicines', { keyPath: 'id' });
}

import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, unwrap } from 'idb';
import { isMuscleGroupId } from '@/lib/muscles/ids';
import { type LogEntry, type LogPlace, parseLogEntry, unsurePlace } from './entry';
import type { Medicine } from './medicine';
import { createLogStores, logDbName, logDbVersion } from './schema';

export { logDbName, logDbVersion } from './schema';

/** Schema v1, kept so the upgrade can read it: `time` for when, `muscle` for where, `methods` tried. */
export interface LogRecordV1 {
  id: string;
  time: number;
  muscle?: string;
  side?: string;
  severity?: number;
  methods?: string[];
  result?: string;
  note?: string;
}

/** Schema v3 (current). Stored values may still be corrupt: every read is validated (entry.ts, medicine.ts). */
export interface LogDbSchema extends DBSchema {
  entries: { key: string; value: LogEntry; indexes: { byAt: number } };
  /** The person's medicine list (v3). */
  medicines: { key: string; value: Medicine };
  /** Small bookkeeping values, e.g. which contrast sessions were already recorded. */
  meta: { key: string; value: unknown };
}

export type LogDb = IDBPDatabase<LogDbSchema>;

/** Converts a v1 record to v2; undefined for a record too broken to keep (it stays out, counted). */
export function upgradeRecordV1(old: LogRecordV1): LogEntry | undefined {
  const place: LogPlace = isMuscleGroupId(old.muscle) ? old.muscle : unsurePlace;
  return parseLogEntry({
    id: old.id,
    at: old.time,
    createdAt: old.time,
    updatedAt: old.time,
    place,
    side: old.side,
    severity: old.severity,
    tried: old.methods ?? [],
    helped: old.result,
    note: old.note,
    source: 'manual',
  });
}

/**
 * Opens (creating or upgrading) the log database on the global `indexedDB` (tests and the benchmark
 * install fake-indexeddb there). Another context's upgrade is never blocked: an old connection
 * closes itself.
 */
export async function openLogDb(): Promise<LogDb> {
  const db: LogDb = await openDB<LogDbSchema>(logDbName, logDbVersion, {
    async upgrade(upgrading, oldVersion, _newVersion, transaction) {
      createLogStores(unwrap(upgrading), oldVersion);
      const entries = transaction.objectStore('entries');
      if (oldVersion === 1) {
        // Untyped access: the v1 store is not part of the current schema type.
        const rawTx = transaction as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
        const olds = (await rawTx.objectStore('cramps').getAll()) as LogRecordV1[];
        for (const old of olds) {
          const entry = upgradeRecordV1(old);
          // An unreadable v1 record is carried over as it was: reads skip it with a notice, and it is
          // never silently destroyed by an upgrade.
          if (entry) await entries.put(entry);
          else if (typeof old?.id === 'string') await entries.put(old as unknown as LogEntry);
        }
        (upgrading as unknown as IDBPDatabase).deleteObjectStore('cramps');
      }
    },
    blocking() {
      // A newer version is opening elsewhere (an updated worker): step aside.
      db.close();
    },
  });
  return db;
}

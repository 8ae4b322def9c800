import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { entryFromDraft, type LogDraft, type LogEntry } from '@/lib/log/entry';

/** A fresh, empty fake IndexedDB for each test. */
export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

/** Fixed "now": Tuesday 2026-11-24 12:00 local time. */
export const now = new Date(2026, 10, 24, 12, 0, 0).getTime();
export const hour = 60 * 60 * 1000;
export const day = 24 * hour;

let counter = 0;
/** A manual entry `daysAgo` days before `now`, with a predictable id. */
export function entry(daysAgo: number, draft: LogDraft = {}): LogEntry {
  counter++;
  const at = now - daysAgo * day;
  return entryFromDraft({ at, ...draft }, at, `e${String(counter).padStart(5, '0')}`);
}

import { storage } from '@wxt-dev/storage';
import { memoryOnlyArea } from '@/lib/platform/memoryArea';
import type { ContrastSessionRecord } from './schema';

export { type ContrastSessionRecord, contrastSessionRecordSchema } from './schema';

/**
 * Ended sessions, newest last. The timer appends; the cramp log reads and imports them. Records are
 * checked with `contrastSessionRecordSchema` when read; version 1 still, as the one field added since
 * (`phasesSkipped`) is optional and older records read as they are.
 */
export const contrastHistoryStorage = storage.defineItem<ContrastSessionRecord[]>('local:contrastHistory', {
  fallback: [],
  version: 1,
});

/**
 * Ended sessions the timer could not append to `contrastHistoryStorage` (storage full or failing),
 * kept until the browser closes; the log records them from here as well (IndexedDB has its own quota).
 */
export const unsavedHistoryStorage = storage.defineItem<ContrastSessionRecord[]>(
  `${memoryOnlyArea}:contrastHistoryUnsaved`,
  { fallback: [] },
);

import * as v from 'valibot';
import { memoryOnlyArea } from '@/lib/platform/memoryArea';
import { defineStoredItem } from '@/lib/storage/storedItem';
import { contrastSessionRecordSchema } from './schema';

export { type ContrastSessionRecord, contrastSessionRecordSchema } from './schema';

/**
 * Ended sessions, newest last. The timer appends; the cramp log reads and imports them. Records are
 * checked with `contrastSessionRecordSchema` when read; version 1 still, as the one field added since
 * (`phasesSkipped`) is optional and older records read as they are.
 */
export const contrastHistoryStorage = defineStoredItem('local:contrastHistory', {
  schema: v.array(contrastSessionRecordSchema),
  fallback: [],
  version: 1,
});

/**
 * Ended sessions the timer could not append to `contrastHistoryStorage` (storage full or failing),
 * kept until the browser closes; the log records them from here as well (IndexedDB has its own quota).
 */
export const unsavedHistoryStorage = defineStoredItem(`${memoryOnlyArea}:contrastHistoryUnsaved`, {
  schema: contrastHistoryStorage.schema,
  fallback: [],
});

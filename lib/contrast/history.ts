import * as v from 'valibot';
import { memoryOnlyArea } from '@/lib/platform/memoryArea';
import { type Checked, defineStoredItem } from '@/lib/storage/storedItem';
import { type ContrastSessionRecord, contrastSessionRecordSchema } from './schema';

export { type ContrastSessionRecord, contrastSessionRecordSchema } from './schema';

const historySchema = v.array(contrastSessionRecordSchema);

/**
 * A stored history made safe record by record: the readable sessions, `corrupt` when anything was
 * left out (not a list, or a record that is not a session), so one bad record hides no other.
 */
function checkHistory(stored: unknown): Checked<ContrastSessionRecord[]> {
  const list: unknown[] = Array.isArray(stored) ? stored : [];
  const value = list.filter((record) => v.is(contrastSessionRecordSchema, record));
  return { value, corrupt: stored != null && (list !== stored || value.length < list.length) };
}

/**
 * Ended sessions, newest last. The timer appends; the cramp log reads and imports them. Records are
 * checked with `contrastSessionRecordSchema` when read; version 1 still, as the one field added since
 * (`phasesSkipped`) is optional and older records read as they are.
 */
export const contrastHistoryStorage = defineStoredItem('local:contrastHistory', {
  schema: historySchema,
  fallback: [],
  version: 1,
  check: checkHistory,
});

/**
 * Ended sessions the timer could not append to `contrastHistoryStorage` (storage full or failing),
 * kept until the browser closes; the log records them from here as well (IndexedDB has its own quota).
 */
export const unsavedHistoryStorage = defineStoredItem(`${memoryOnlyArea}:contrastHistoryUnsaved`, {
  schema: historySchema,
  fallback: [],
  check: checkHistory,
});

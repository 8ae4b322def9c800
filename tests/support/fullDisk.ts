import { unwrap } from 'idb';
import { vi } from 'vitest';
import type { LogStore } from '@/lib/log/store';

/**
 * Makes every record write in the log fail the way a full disk does in IndexedDB: the request fails
 * with QuotaExceededError and the whole transaction aborts (fake-indexeddb's internal store, patched).
 * Returns the spy: `mockRestore()` gives the room back.
 */
export function fillStorage(store: LogStore) {
  const raw = (
    unwrap(store.db).transaction('entries').objectStore('entries') as unknown as {
      _rawObjectStore: { storeRecord: () => void };
    }
  )._rawObjectStore;
  return vi.spyOn(raw, 'storeRecord').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

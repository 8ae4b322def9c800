import { announceChange } from './changes';
import type { LogEntry } from './entry';

const seenSessionsKey = 'contrastSessionsSeen';

/** The result of one IndexedDB request. */
function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Records contrast sessions (entries with `contrast.sessionId`) the log has never seen, in one
 * transaction. A session is remembered once recorded, so deleting its entry keeps it deleted. Plain
 * IndexedDB, apart from LogStore, so the background worker records sessions without the whole store.
 */
export async function recordSessionEntries(db: IDBDatabase, incoming: readonly LogEntry[]): Promise<number> {
  const tx = db.transaction(['entries', 'meta'], 'readwrite');
  const committed = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
  });
  committed.catch(() => undefined); // awaited below; a failing step is reported by its own throw
  const meta = tx.objectStore('meta');
  const entries = tx.objectStore('entries');
  let added = 0;
  try {
    const stored = await result(meta.get(seenSessionsKey));
    const seen = new Set(Array.isArray(stored) ? stored.filter((id) => typeof id === 'string') : []);
    for (const entry of incoming) {
      const sessionId = entry.contrast?.sessionId;
      if (!sessionId || seen.has(sessionId)) continue;
      seen.add(sessionId);
      if ((await result(entries.getKey(entry.id))) !== undefined) continue;
      await result(entries.put(entry));
      added++;
    }
    await result(meta.put([...seen], seenSessionsKey));
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    throw error;
  }
  await committed;
  if (added) announceChange();
  return added;
}

/** Contrast sessions among some log entries, and their phases: done, planned and skipped. */
export interface SessionTotals {
  sessions: number;
  phasesCompleted: number;
  totalPhases: number;
  /** Skipped phases among the sessions that recorded them (older entries did not). */
  phasesSkipped: number;
}

/** Adds up the contrast sessions recorded among `entries` (the clinic summary's sessions line). */
export function sessionTotals(entries: readonly LogEntry[]): SessionTotals {
  const totals: SessionTotals = { sessions: 0, phasesCompleted: 0, totalPhases: 0, phasesSkipped: 0 };
  for (const entry of entries) {
    if (entry.source !== 'contrast') continue;
    totals.sessions++;
    if (!entry.contrast) continue;
    totals.phasesCompleted += entry.contrast.phasesCompleted;
    totals.totalPhases += entry.contrast.totalPhases;
    totals.phasesSkipped += entry.contrast.phasesSkipped ?? 0;
  }
  return totals;
}

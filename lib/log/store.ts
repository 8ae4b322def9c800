import { unwrap } from 'idb';
import { announceChange } from './changes';
import { type LogDb, openLogDb } from './db';
import { entryFromDraft, type LogDraft, type LogEntry, parseLogEntry } from './entry';
import { type Medicine, parseMedicine } from './medicine';
import { recordSessionEntries } from './sessions';

export { onLogChangedElsewhere } from './changes';

/** Meta key of the erasure mark that "delete all" leaves. */
const erasureKey = 'erasure';

/** Entries read back, plus how many stored records were corrupt and skipped. */
export interface ReadResult {
  entries: LogEntry[];
  skipped: number;
}

/** What an import or a sync did. */
export interface MergeResult {
  added: number;
  updated: number;
  unchanged: number;
  /** The same for medicines, when any were given. */
  medicines?: { added: number; updated: number; unchanged: number };
}

/** How a merge is followed and stopped. */
export interface MergeOptions {
  /** Told how many entries were merged of how many, after each chunk. */
  onProgress?: (done: number, total: number) => void;
  /** Aborted: the transaction is aborted and nothing of the merge is written. */
  signal?: AbortSignal;
  /** Entries per chunk (default 2000). */
  chunkSize?: number;
}

/**
 * The cramp log in IndexedDB. Every write is one transaction, and read-modify-write steps (edit,
 * merge) read and write in the same transaction, so writers in the panel and the worker at the same
 * moment are serialised by the database and nothing is lost.
 */
export class LogStore {
  private constructor(readonly db: LogDb) {}

  /** Opens the store (creating or upgrading the database). */
  static async open(): Promise<LogStore> {
    return new LogStore(await openLogDb());
  }

  /** Closes the connection (tests, and before deleting the database). */
  close(): void {
    this.db.close();
  }

  /** Adds a new entry from a form draft and returns it. */
  async add(draft: LogDraft, now = Date.now()): Promise<LogEntry> {
    const entry = entryFromDraft(draft, now);
    await this.db.add('entries', entry);
    announceChange();
    return entry;
  }

  /** Replaces the user's fields of an entry; id, created time and source stay. Undefined if it is gone. */
  async update(id: string, draft: LogDraft, now = Date.now()): Promise<LogEntry | undefined> {
    const tx = this.db.transaction('entries', 'readwrite');
    const existing = parseLogEntry(await tx.store.get(id));
    if (!existing) {
      await tx.done;
      return undefined;
    }
    const fresh = entryFromDraft({ ...draft, at: draft.at ?? existing.at }, now, id);
    const entry: LogEntry = {
      ...fresh,
      createdAt: existing.createdAt,
      updatedAt: Math.max(now, existing.updatedAt + 1),
      source: existing.source,
      ...(existing.contrast ? { contrast: existing.contrast } : {}),
    };
    // Awaited together: a failed write (a full disk) must not leave tx.done rejecting unhandled.
    await Promise.all([tx.store.put(entry), tx.done]);
    announceChange();
    return entry;
  }

  /** One entry by id; undefined when it is missing or corrupt. */
  async get(id: string): Promise<LogEntry | undefined> {
    return parseLogEntry(await this.db.get('entries', id));
  }

  /** Deletes one entry and returns what was stored, so the caller can offer undo. */
  async remove(id: string): Promise<LogEntry | undefined> {
    const tx = this.db.transaction('entries', 'readwrite');
    const existing = parseLogEntry(await tx.store.get(id));
    await Promise.all([tx.store.delete(id), tx.done]);
    announceChange();
    return existing;
  }

  /** Puts a deleted entry back exactly as it was (undo). */
  async restore(entry: LogEntry): Promise<void> {
    await this.db.put('entries', entry);
    announceChange();
  }

  /**
   * Deletes every entry and the log's bookkeeping, and leaves a new erasure mark (see `erasure`), so an
   * Undo offered before it, in any page, knows it no longer applies.
   */
  async deleteAll(): Promise<void> {
    const tx = this.db.transaction(['entries', 'meta', 'medicines'], 'readwrite');
    const meta = tx.objectStore('meta');
    await Promise.all([
      tx.objectStore('entries').clear(),
      meta.clear().then(() => meta.put(`${Date.now()}-${Math.random()}`, erasureKey)),
      tx.objectStore('medicines').clear(),
      tx.done,
    ]);
    announceChange();
  }

  /** The mark of the last "delete all" (undefined before any): it changes with every erasure. */
  async erasure(): Promise<string | undefined> {
    const mark = await this.db.get('meta', erasureKey);
    return typeof mark === 'string' ? mark : undefined;
  }

  /** The medicine list, oldest start first, and how many stored records were unreadable (kept, skipped). */
  async medicines(): Promise<{ medicines: Medicine[]; skipped: number }> {
    const medicines: Medicine[] = [];
    let skipped = 0;
    for (const record of await this.db.getAll('medicines')) {
      const medicine = parseMedicine(record);
      if (medicine) medicines.push(medicine);
      else skipped++;
    }
    medicines.sort((a, b) => a.startedOn.localeCompare(b.startedOn) || a.id.localeCompare(b.id));
    return { medicines, skipped };
  }

  /** Adds or replaces a medicine; refused (throws) when it is not valid, so nothing half-right is stored. */
  async putMedicine(value: Medicine): Promise<Medicine> {
    const medicine = parseMedicine(value);
    if (!medicine) throw new TypeError('Not a valid medicine');
    await this.db.put('medicines', medicine);
    announceChange();
    return medicine;
  }

  /** Removes a medicine and returns it (for undo); undefined when it was not there. */
  async removeMedicine(id: string): Promise<Medicine | undefined> {
    const tx = this.db.transaction('medicines', 'readwrite');
    const existing = parseMedicine(await tx.store.get(id));
    await tx.store.delete(id);
    await tx.done;
    announceChange();
    return existing;
  }

  /** When the diary began: the earliest time in the time index (one key read); undefined when empty. */
  async firstAt(): Promise<number | undefined> {
    const cursor = await this.db.transaction('entries').store.index('byAt').openKeyCursor();
    return typeof cursor?.key === 'number' ? cursor.key : undefined;
  }

  /** How many records are stored (corrupt ones included). */
  async count(): Promise<number> {
    return this.db.count('entries');
  }

  /**
   * How many records the time index cannot see (their `at` is missing or not a valid key): always
   * unreadable, and never reached by the list or trends, so the view counts them this way.
   */
  async countOutsideIndex(): Promise<number> {
    const [all, indexed] = await Promise.all([
      this.db.count('entries'),
      this.db.countFromIndex('entries', 'byAt'),
    ]);
    return all - indexed;
  }

  /** One page of entries, newest first, for the list (never loads the whole log). */
  async page(offset: number, limit: number): Promise<ReadResult> {
    const entries: LogEntry[] = [];
    let skipped = 0;
    let cursor = await this.db.transaction('entries').store.index('byAt').openCursor(null, 'prev');
    if (cursor && offset > 0) cursor = await cursor.advance(offset);
    while (cursor && entries.length + skipped < limit) {
      const entry = parseLogEntry(cursor.value);
      if (entry) entries.push(entry);
      else skipped++;
      cursor = await cursor.continue();
    }
    return { entries, skipped };
  }

  /**
   * The `limit` entries after `last` (the oldest one shown), newest first: "show more" reads from
   * where the list ends through the time index, instead of re-reading every page before it.
   */
  async pageAfter(last: Pick<LogEntry, 'at' | 'id'> | undefined, limit: number): Promise<ReadResult> {
    const entries: LogEntry[] = [];
    let skipped = 0;
    const range = last ? IDBKeyRange.upperBound(last.at) : null;
    let cursor = await this.db.transaction('entries').store.index('byAt').openCursor(range, 'prev');
    // Entries at the very time of the last one come in descending id order: skip the ones shown.
    while (cursor && last && cursor.key === last.at && String(cursor.primaryKey) >= last.id)
      cursor = await cursor.continue();
    while (cursor && entries.length + skipped < limit) {
      const entry = parseLogEntry(cursor.value);
      if (entry) entries.push(entry);
      else skipped++;
      cursor = await cursor.continue();
    }
    return { entries, skipped };
  }

  /**
   * Visits entries with `from <= at < to` in time order, read `batch` at a time over the time index (a
   * cursor costs a round trip per record; one `getAll` of a large log's 90 days held the panel's main
   * thread for half a second after an import). Returns how many corrupt records were skipped.
   */
  async forEachInRange(
    from: number,
    to: number,
    visit: (entry: LogEntry) => void,
    batch = 2000,
  ): Promise<number> {
    let skipped = 0;
    let lower = from;
    let lowerOpen = false;
    // Ids already visited at time `lower`: the next batch starts there again (entries share times).
    let seenAtLower = new Set<IDBValidKey>();
    while (lower < to) {
      const range = IDBKeyRange.bound(lower, to, lowerOpen, true);
      let values = (await this.db.getAllFromIndex('entries', 'byAt', range, batch)) as unknown[];
      const fresh = values.filter((value) => !seenAtLower.has((value as { id: IDBValidKey }).id));
      const full = values.length === batch;
      if (full && fresh.length === 0) {
        // More than a batch at one time: take that time whole, then go on after it.
        values = (await this.db.getAllFromIndex('entries', 'byAt', IDBKeyRange.only(lower))) as unknown[];
        for (const value of values) {
          if (seenAtLower.has((value as { id: IDBValidKey }).id)) continue;
          const entry = parseLogEntry(value);
          if (entry) visit(entry);
          else skipped++;
        }
        lowerOpen = true;
        seenAtLower = new Set();
        continue;
      }
      for (const value of fresh) {
        const entry = parseLogEntry(value);
        if (entry) visit(entry);
        else skipped++;
      }
      if (!full) break;
      const last = values.at(-1) as { at: number };
      if (last.at !== lower || lowerOpen) seenAtLower = new Set();
      lower = last.at;
      lowerOpen = false;
      for (const value of values)
        if ((value as { at: number }).at === lower) seenAtLower.add((value as { id: IDBValidKey }).id);
    }
    return skipped;
  }

  /** Every valid entry, oldest first (export and backup); corrupt records are counted, not returned. */
  async all(): Promise<ReadResult> {
    const raw = await this.db.getAllFromIndex('entries', 'byAt');
    const entries: LogEntry[] = [];
    let skipped = 0;
    for (const value of raw) {
      const entry = parseLogEntry(value);
      if (entry) entries.push(entry);
      else skipped++;
    }
    // Records whose `at` is missing are not in the index at all: count them as skipped too.
    skipped += (await this.count()) - raw.length;
    return { entries, skipped };
  }

  /**
   * Merges already-validated entries in ONE transaction (all or nothing): a new id is added, a known
   * id is replaced only by a newer edit (`updatedAt`), so importing the same backup twice changes nothing.
   * Writes are issued without waiting for each other (plain IndexedDB requests, no promise each: an
   * import of 80,000 entries is bound by the database, not by round trips); `onProgress` is told as
   * each chunk is stored. An aborted `signal` aborts the transaction, so nothing is written, and the
   * merge rejects with the signal's reason; so does a failed write (a full disk), with its error.
   */
  async merge(
    incoming: readonly LogEntry[],
    medicines: readonly Medicine[] = [],
    options: MergeOptions = {},
  ): Promise<MergeResult> {
    const { signal, onProgress } = options;
    signal?.throwIfAborted();
    const result: MergeResult = { added: 0, updated: 0, unchanged: 0 };
    const tx = unwrap(this.db).transaction(['entries', 'medicines'], 'readwrite');
    let failure: unknown;
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(failure ?? tx.error ?? new DOMException('Merge aborted', 'AbortError'));
    });
    const fail = (error: unknown) => {
      failure ??= error;
      try {
        tx.abort();
      } catch {
        // Already aborted (a failed write aborts its transaction) or finished.
      }
    };
    const cancel = () => fail(signal?.reason);
    signal?.addEventListener('abort', cancel);
    try {
      const entries = tx.objectStore('entries');
      const chunkSize = options.chunkSize ?? 2000;
      // Read only what is already there (one key listing, in key order); a chunk's known ids are read
      // together, a run of neighbouring keys in one request.
      const keys = await requested(entries.getAllKeys());
      const known = new Map<IDBValidKey, number>(keys.map((key, position) => [key, position]));
      for (let start = 0; start < incoming.length && !failure; start += chunkSize) {
        const chunk = incoming.slice(start, start + chunkSize);
        const stored = await readKnown(entries, keys, known, chunk);
        let last: IDBRequest | undefined;
        for (const entry of chunk) {
          const record = stored.get(entry.id);
          const existing = record === undefined ? undefined : parseLogEntry(record);
          if (existing && entry.updatedAt <= existing.updatedAt) {
            result.unchanged++;
            continue;
          }
          last = entries.put(entry);
          result[existing ? 'updated' : 'added']++;
        }
        const progress = start + chunk.length;
        if (last) last.onsuccess = () => onProgress?.(progress, incoming.length);
        else onProgress?.(progress, incoming.length);
      }
      if (medicines.length && !failure) result.medicines = await mergeMedicines(tx, medicines);
    } catch (error) {
      fail(error);
    }
    try {
      await done;
    } finally {
      signal?.removeEventListener('abort', cancel);
    }
    const medicineResult = result.medicines;
    if (result.added || result.updated || medicineResult?.added || medicineResult?.updated) announceChange();
    return result;
  }

  /**
   * Records contrast sessions (entries with `contrast.sessionId`) the log has never seen, in one
   * transaction. A session is remembered once recorded, so deleting its entry keeps it deleted.
   */
  recordSessions(incoming: readonly LogEntry[]): Promise<number> {
    return recordSessionEntries(unwrap(this.db), incoming);
  }
}

/** A request's result as a promise (a failed request also aborts its transaction). */
function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Neighbouring keys this far apart (in the key listing) are read in one request, the ones between too. */
const readThroughGap = 16;

/**
 * What is stored under those of `chunk`'s ids that `known` has (id → position in `keys`, the store's
 * sorted key listing), by id. Neighbouring positions are read as one key range: re-importing a backup
 * of 80,000 known entries took 80,000 gets (5 s in Chromium), now 40 range reads of 2,000. A range
 * can also return records the merge has just added: they are keyed by id, so they do no harm.
 */
async function readKnown(
  entries: IDBObjectStore,
  keys: readonly IDBValidKey[],
  known: ReadonlyMap<IDBValidKey, number>,
  chunk: readonly LogEntry[],
): Promise<Map<IDBValidKey, unknown>> {
  const positions = chunk
    .map((entry) => known.get(entry.id))
    .filter((position): position is number => position !== undefined)
    .sort((a, b) => a - b);
  const ranges: IDBKeyRange[] = [];
  for (let i = 0; i < positions.length; ) {
    const first = positions[i] as number;
    let last = first;
    for (i++; i < positions.length; i++) {
      const next = positions[i] as number;
      if (next - last > readThroughGap || next - first >= 2000) break;
      last = next;
    }
    ranges.push(IDBKeyRange.bound(keys[first], keys[last]));
  }
  const stored = new Map<IDBValidKey, unknown>();
  const reads = await Promise.all(ranges.map((range) => requested(entries.getAll(range))));
  for (const values of reads)
    for (const value of values) stored.set((value as { id: IDBValidKey }).id, value);
  return stored;
}

/** Merge's medicine half, in its transaction: a new id is added, a known one replaced by a newer edit. */
async function mergeMedicines(
  tx: IDBTransaction,
  incoming: readonly Medicine[],
): Promise<{ added: number; updated: number; unchanged: number }> {
  const store = tx.objectStore('medicines');
  const counts = { added: 0, updated: 0, unchanged: 0 };
  const stored = await Promise.all(incoming.map((medicine) => requested(store.get(medicine.id))));
  incoming.forEach((medicine, index) => {
    const existing = parseMedicine(stored[index]);
    if (!existing || medicine.updatedAt > existing.updatedAt) {
      store.put(medicine);
      counts[existing ? 'updated' : 'added']++;
    } else counts.unchanged++;
  });
  return counts;
}

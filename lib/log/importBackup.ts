import { type BackupError, backupTooLarge, parseBackup } from './backup';
import type { LogStore, MergeResult } from './store';

/** Where an import is: reading the file, checking its entries, or saving them (done of total). */
export type ImportProgress =
  | { phase: 'reading' }
  | { phase: 'checking' | 'saving'; done: number; total: number };

/** How an import ended. A refused or cancelled import changed nothing. */
export type ImportOutcome =
  | { kind: 'imported'; result: MergeResult }
  | { kind: 'refused'; error: BackupError; position?: number }
  | { kind: 'cancelled' };

/** What an import reads: a File, or anything with its `text()` (and maybe its size). */
export interface BackupSource {
  size?: number;
  text(): Promise<string>;
}

/**
 * Imports a backup file into the log: size check, parse, validation in slices, then one merge
 * transaction in chunks, telling `onProgress` along the way. Cancelled through `signal` at any point
 * before the merge commits, it changes nothing and resolves `cancelled`. A failed write (a full disk)
 * rejects, with the log unchanged. Runs in the backup worker (lib/log/backupWorker.ts) or, where
 * there is no worker, in the page.
 */
export async function importBackup(
  source: BackupSource,
  store: LogStore,
  onProgress: (progress: ImportProgress) => void = () => {},
  signal?: AbortSignal,
): Promise<ImportOutcome> {
  try {
    onProgress({ phase: 'reading' });
    // Refused before reading: a larger file cannot be held as one text anyway.
    if (typeof source.size === 'number' && backupTooLarge(source.size))
      return { kind: 'refused', error: 'tooLarge' };
    const text = await source.text();
    signal?.throwIfAborted();
    const parsed = await parseBackup(text, {
      signal,
      onProgress: (done, total) => onProgress({ phase: 'checking', done, total }),
    });
    if (!parsed.ok) return { kind: 'refused', error: parsed.error, position: parsed.position };
    const total = parsed.entries.length;
    onProgress({ phase: 'saving', done: 0, total });
    const result = await store.merge(parsed.entries, parsed.medicines, {
      signal,
      onProgress: (done) => onProgress({ phase: 'saving', done, total }),
    });
    return { kind: 'imported', result };
  } catch (error) {
    if (signal?.aborted && error === signal.reason) return { kind: 'cancelled' };
    throw error;
  }
}

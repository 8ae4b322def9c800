import { backupTooLarge, toBackupParts } from './backup';
import type { LogStore } from './store';

/** A backup made: the file (none when it would be over the limit), how many entries it holds. */
export interface ExportedBackup {
  file?: Blob;
  entries: number;
}

/**
 * Reads the whole log and the medicine list and builds the backup file in pieces (no one string of
 * it). Over `maxBackupBytes` there is no file: import would refuse it. Runs in the backup worker
 * (lib/log/backupWorker.ts), or in the page where there is no worker.
 */
export async function exportBackup(store: LogStore, now = Date.now()): Promise<ExportedBackup> {
  const [{ entries }, { medicines }] = await Promise.all([store.all(), store.medicines()]);
  const file = new Blob(toBackupParts(entries, now, medicines), { type: 'application/json' });
  return { file: backupTooLarge(file.size) ? undefined : file, entries: entries.length };
}

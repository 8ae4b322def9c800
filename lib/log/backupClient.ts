import type { BackupReply, BackupRequest } from './backupWorker';
import { type ExportedBackup, exportBackup } from './exportBackup';
import { type ImportOutcome, type ImportProgress, importBackup } from './importBackup';
import type { LogStore } from './store';

/** A running import: its end, and a way to cancel it (nothing changes when it is cancelled in time). */
export interface RunningImport {
  done: Promise<ImportOutcome>;
  cancel(): void;
}

/**
 * One job in a new backup worker (lib/log/backupWorker.ts), ended when the job is. A failure in the
 * worker (a full disk, memory) rejects with an Error of the same name.
 */
function inWorker<T>(
  request: BackupRequest,
  settle: (reply: BackupReply) => T | undefined,
): { done: Promise<T>; post: (request: BackupRequest) => void } {
  const worker = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module' });
  const done = new Promise<T>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<BackupReply>) => {
      const reply = event.data;
      if (reply.type === 'failed') reject(Object.assign(new Error(reply.message), { name: reply.name }));
      else {
        const result = settle(reply);
        if (result !== undefined) resolve(result);
      }
    };
    // The worker could not start or ran out of memory: its transaction, if any, is aborted.
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'The backup worker failed'));
    };
  }).finally(() => worker.terminate());
  worker.postMessage(request);
  return { done, post: (next) => worker.postMessage(next) };
}

/**
 * Imports a backup file in a Web Worker, off the panel's main thread. Where workers are missing (unit
 * tests), the same import runs in the page, in slices.
 */
export function startImport(
  file: File,
  store: LogStore,
  onProgress: (progress: ImportProgress) => void,
): RunningImport {
  if (typeof Worker === 'undefined') {
    const controller = new AbortController();
    const done = importBackup(file, store, onProgress, controller.signal);
    return { done, cancel: () => controller.abort() };
  }
  const { done, post } = inWorker<ImportOutcome>({ type: 'import', file }, (reply) => {
    if (reply.type === 'progress') onProgress(reply.progress);
    return reply.type === 'imported' ? reply.outcome : undefined;
  });
  return { done, cancel: () => post({ type: 'cancel' }) };
}

/** Builds a backup of the log in a Web Worker (in the page where there is none). */
export function startExport(store: LogStore, now = Date.now()): Promise<ExportedBackup> {
  if (typeof Worker === 'undefined') return exportBackup(store, now);
  return inWorker<ExportedBackup>({ type: 'export', now }, (reply) =>
    reply.type === 'exported' ? reply.backup : undefined,
  ).done;
}

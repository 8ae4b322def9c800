import { type ImportOutcome, type ImportProgress, importBackup } from './importBackup';
import type { ImportReply, ImportRequest } from './importWorker';
import type { LogStore } from './store';

/** A running import: its end, and a way to cancel it (nothing changes when it is cancelled in time). */
export interface RunningImport {
  done: Promise<ImportOutcome>;
  cancel(): void;
}

/**
 * Starts importing a backup file in a Web Worker (lib/log/importWorker.ts), off the panel's main
 * thread. Where workers are missing (unit tests), the same import runs in the page, in slices. A
 * failure in the worker (a full disk, memory) rejects `done` with an Error of the same name.
 */
export function startImport(
  file: File,
  store: LogStore,
  onProgress: (progress: ImportProgress) => void,
): RunningImport {
  if (typeof Worker === 'undefined') return importInPage(file, store, onProgress);
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  const post = (request: ImportRequest) => worker.postMessage(request);
  const done = new Promise<ImportOutcome>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.progress);
      else if (reply.type === 'done') resolve(reply.outcome);
      else reject(Object.assign(new Error(reply.message), { name: reply.name }));
    };
    // The worker could not start or ran out of memory: its transaction, if any, is aborted.
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'The import worker failed'));
    };
  }).finally(() => worker.terminate());
  post({ type: 'start', file });
  return { done, cancel: () => post({ type: 'cancel' }) };
}

function importInPage(
  file: File,
  store: LogStore,
  onProgress: (progress: ImportProgress) => void,
): RunningImport {
  const controller = new AbortController();
  const done = importBackup(file, store, onProgress, controller.signal);
  return { done, cancel: () => controller.abort() };
}

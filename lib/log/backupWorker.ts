// The backup worker: imports a backup (reads, checks and merges it) and builds a backup of the log,
// off the panel's main thread, so the panel keeps drawing frames for a log of any size.
// Started by lib/log/backupClient.ts, one worker per job.
import { type ExportedBackup, exportBackup } from './exportBackup';
import { type ImportOutcome, type ImportProgress, importBackup } from './importBackup';
import { LogStore } from './store';

/** Messages the panel sends: import a file, cancel that import, or build a backup. */
export type BackupRequest =
  | { type: 'import'; file: File }
  | { type: 'cancel' }
  | { type: 'export'; now: number };
/** Messages the worker sends back. */
export type BackupReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'imported'; outcome: ImportOutcome }
  | { type: 'exported'; backup: ExportedBackup }
  | { type: 'failed'; name: string; message: string };

// Typed by hand: the project's types are the page's (DOM), not a worker's.
const scope = self as unknown as {
  postMessage(reply: BackupReply): void;
  onmessage: ((event: MessageEvent<BackupRequest>) => void) | null;
};
const controller = new AbortController();
const send = (reply: BackupReply) => scope.postMessage(reply);

/** The import's progress, at most every 50 ms (and every phase's start and end): enough for a bar. */
function throttled(): (progress: ImportProgress) => void {
  let last = 0;
  return (progress) => {
    const now = performance.now();
    const edge = progress.phase === 'reading' || progress.done === 0 || progress.done === progress.total;
    if (!edge && now - last < 50) return;
    last = now;
    send({ type: 'progress', progress });
  };
}

scope.onmessage = async (event) => {
  const request = event.data;
  if (request.type === 'cancel') {
    controller.abort();
    return;
  }
  let store: LogStore | undefined;
  try {
    store = await LogStore.open();
    if (request.type === 'export') send({ type: 'exported', backup: await exportBackup(store, request.now) });
    else {
      const outcome = await importBackup(request.file, store, throttled(), controller.signal);
      send({ type: 'imported', outcome });
    }
  } catch (error) {
    const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
    send({ type: 'failed', name: String(name ?? 'Error'), message: String(message ?? '') });
  } finally {
    store?.close();
  }
};

// The import worker: reads, checks and merges a backup off the panel's main thread, so the panel keeps
// drawing frames during an import of any size (issue 17). Started by lib/log/importClient.ts, one
// worker per import.
import { type ImportOutcome, type ImportProgress, importBackup } from './importBackup';
import { LogStore } from './store';

/** Messages the panel sends: start with a file, or cancel. */
export type ImportRequest = { type: 'start'; file: File } | { type: 'cancel' };
/** Messages the worker sends back. */
export type ImportReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'failed'; name: string; message: string };

// Typed by hand: the project's types are the page's (DOM), not a worker's.
const scope = self as unknown as {
  postMessage(reply: ImportReply): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};
const controller = new AbortController();
const send = (reply: ImportReply) => scope.postMessage(reply);

scope.onmessage = async (event) => {
  if (event.data.type === 'cancel') {
    controller.abort();
    return;
  }
  let store: LogStore | undefined;
  try {
    store = await LogStore.open();
    // Progress at most every 50 ms: enough for a bar, little work for the panel.
    let last = 0;
    const outcome = await importBackup(
      event.data.file,
      store,
      (progress) => {
        const now = performance.now();
        if (progress.phase !== 'reading' && progress.done < progress.total && now - last < 50) return;
        last = now;
        send({ type: 'progress', progress });
      },
      controller.signal,
    );
    send({ type: 'done', outcome });
  } catch (error) {
    const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
    send({ type: 'failed', name: String(name ?? 'Error'), message: String(message ?? '') });
  } finally {
    store?.close();
  }
};

import { LogStore } from './store';

let opening: Promise<LogStore> | undefined;

/** The panel's one connection to the log, opened on first use and kept for the panel's life. */
export function getLogStore(): Promise<LogStore> {
  opening ??= LogStore.open().catch((error) => {
    // Let the next attempt try again instead of caching the failure.
    opening = undefined;
    throw error;
  });
  return opening;
}

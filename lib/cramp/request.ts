import * as v from 'valibot';
import { memoryOnlyArea } from '@/lib/platform/memoryArea';
import { defineStoredItem } from '@/lib/storage/storedItem';

/**
 * A "Cramp now" asked for from the browser's keyboard command: the time it was asked (ms), so the
 * panel the command opens, or one already open, can start the flow. In memory only, like the finder's
 * pending lookup (lib/lookup/pending.ts).
 */
export const crampNowRequestStorage = defineStoredItem(`${memoryOnlyArea}:crampNowRequest`, {
  schema: v.nullable(v.number()),
  fallback: null,
});

// A request nobody picked up within this time is stale: opening the panel later must not jump views.
const staleAfterMs = 60_000;
// How long an open panel leaves the request for a panel that is still starting (the one being opened).
const keepForStartingPanelMs = 10_000;

/** True for a stored request time that is recent. */
export function isFreshRequest(at: number | null, now: number): at is number {
  return at !== null && Math.abs(now - at) < staleAfterMs;
}

/** Stores a request for the panel. */
export async function requestCrampNow(now = Date.now()): Promise<void> {
  await crampNowRequestStorage.setValue(now);
}

/** Reads and clears a waiting request; true when there was a fresh one. Never throws. */
export async function takeCrampNowRequest(now = Date.now()): Promise<boolean> {
  try {
    const { value: at, corrupt } = await crampNowRequestStorage.load();
    if (at === null && !corrupt) return false;
    // An unusable request is cleared too: it is a hand-off that lives seconds.
    await crampNowRequestStorage.removeValue();
    return isFreshRequest(at, now);
  } catch (error) {
    console.warn('Spasm Relief: could not read the Cramp now request', error);
    return false;
  }
}

/** Calls `onRequest` for each request stored while the panel is open; returns the unwatch. */
export function watchCrampNowRequest(onRequest: () => void): () => void {
  let clearTimer: ReturnType<typeof setTimeout> | undefined;
  const unwatch = crampNowRequestStorage.watchChecked(({ value: at }) => {
    if (!isFreshRequest(at, Date.now())) return;
    onRequest();
    clearTimeout(clearTimer);
    clearTimer = setTimeout(() => {
      void crampNowRequestStorage.removeValue().catch(() => undefined);
    }, keepForStartingPanelMs);
  });
  return () => {
    clearTimeout(clearTimer);
    unwatch();
  };
}

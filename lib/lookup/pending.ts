import * as v from 'valibot';
import { memoryOnlyArea } from '@/lib/platform/memoryArea';
import { defineStoredItem } from '@/lib/storage/storedItem';

/**
 * A lookup the worker asked the panel to show (from the context menu or the omnibox). `at`: when it
 * was asked for (ms); a different time makes a repeated query a new change.
 */
const pendingLookupSchema = v.object({ query: v.string(), at: v.number() });
export type PendingLookup = v.InferOutput<typeof pendingLookupSchema>;

/** Longest query kept: the finder reads 200 characters at most, the rest is never needed. */
export const maxLookupChars = 500;
// A lookup nobody picked up within this time is stale: opening the panel later must not jump views.
const staleAfterMs = 5 * 60_000;

const isFresh = (pending: PendingLookup, now: number) => Math.abs(now - pending.at) < staleAfterMs;

/** The one pending lookup, or null. */
export const pendingLookupStorage = defineStoredItem(`${memoryOnlyArea}:finderPendingLookup`, {
  schema: v.nullable(pendingLookupSchema),
  fallback: null,
});

/** Trims a selection or omnibox text to one short line the finder can read. */
export function cleanLookupQuery(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text.replace(/\s+/g, ' ').trim().slice(0, maxLookupChars);
}

/** Stores a query for the panel to open on. */
export async function savePendingLookup(query: string, now = Date.now()): Promise<void> {
  await pendingLookupStorage.setValue({ query: cleanLookupQuery(query), at: now });
}

/** Reads and clears the pending query; null when there is none, it is stale, or storage fails. */
export async function takePendingLookup(now = Date.now()): Promise<string | null> {
  try {
    const { value: pending, corrupt } = await pendingLookupStorage.load();
    if (!pending && !corrupt) return null;
    // An unusable lookup is cleared too: it is a hand-off that lives seconds.
    await pendingLookupStorage.removeValue();
    return pending && isFresh(pending, now) ? cleanLookupQuery(pending.query) : null;
  } catch (error) {
    console.warn('Spasm Relief: could not read the pending lookup', error);
    return null;
  }
}

// How long a lookup seen by an open panel stays for a panel that is still starting up (the one the
// click opened), before it is cleared.
const keepForStartingPanelMs = 10_000;

/**
 * Calls `onLookup` with each new query stored while the panel is open; returns the unwatch. Every
 * open panel shows it (one per window at most), and it is cleared a little later, so the panel the
 * click is opening, which may still be starting, reads it too.
 */
export function watchPendingLookup(onLookup: (query: string) => void): () => void {
  let clearTimer: ReturnType<typeof setTimeout> | undefined;
  const unwatch = pendingLookupStorage.watchChecked(({ value }) => {
    if (!value || !isFresh(value, Date.now())) return;
    onLookup(cleanLookupQuery(value.query));
    clearTimeout(clearTimer);
    clearTimer = setTimeout(() => {
      void pendingLookupStorage.removeValue().catch(() => undefined);
    }, keepForStartingPanelMs);
  });
  return () => {
    clearTimeout(clearTimer);
    unwatch();
  };
}

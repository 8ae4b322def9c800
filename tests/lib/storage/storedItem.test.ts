import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Checked, defineStoredItem } from '@/lib/storage/storedItem';

const countSchema = v.object({ count: v.pipe(v.number(), v.integer()) });
const fallback = { count: 0 };
const raw = async () => fakeBrowser.storage.local.get(null);

describe('defineStoredItem', () => {
  it('reads a missing value as the fallback, with no problem', async () => {
    const item = defineStoredItem('local:count', { schema: countSchema, fallback });
    expect(await item.load()).toEqual({ value: fallback, corrupt: false });
    expect(await item.getValue()).toEqual(fallback);
  });

  it('gives a stored value back as stored', async () => {
    await fakeBrowser.storage.local.set({ count: { count: 4 } });
    const item = defineStoredItem('local:count', { schema: countSchema, fallback, version: 1 });
    expect(await item.load()).toEqual({ value: { count: 4 }, corrupt: false });
  });

  it('gives the fallback and a problem for a corrupt value, and leaves what is stored alone', async () => {
    await fakeBrowser.storage.local.set({ count: { count: 'four' } });
    const item = defineStoredItem('local:count', { schema: countSchema, fallback, version: 1 });
    expect(await item.load()).toEqual({ value: fallback, corrupt: true });
    expect(item.check([1, 2])).toEqual({ value: fallback, corrupt: true });
    expect(await raw()).toEqual({ count: { count: 'four' } });
  });

  it('gives the fallback and a problem when storage fails', async () => {
    const item = defineStoredItem('local:count', { schema: countSchema, fallback });
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('disk'));
    expect(await item.load()).toEqual({ value: fallback, corrupt: true, failed: true });
  });

  it('gives what its own check says, and when storage fails, what it says of the fallback, flagged', async () => {
    await fakeBrowser.storage.local.set({ count: { count: 'x' } });
    const check = (stored: unknown) => ({
      value: fallback,
      corrupt: stored !== fallback,
      reset: stored === fallback ? [] : ['count'],
    });
    const item = defineStoredItem('local:count', { schema: countSchema, fallback, check });
    expect(await item.load()).toEqual({ value: fallback, corrupt: true, reset: ['count'] });
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('disk'));
    expect(await item.load()).toEqual({ value: fallback, corrupt: true, failed: true, reset: [] });
  });

  it('writes the value under its key and nothing else, as storage.defineItem does', async () => {
    const item = defineStoredItem('local:count', { schema: countSchema, fallback, version: 1 });
    await item.setValue({ count: 2 });
    expect(await raw()).toEqual({ count: { count: 2 } });
  });

  it('runs the migrations from the stored version, then checks the result', async () => {
    // Version 1 stored a bare number (no version record, as WXT leaves it).
    await fakeBrowser.storage.local.set({ count: 7 });
    const item = defineStoredItem('local:count', {
      schema: countSchema,
      fallback,
      version: 2,
      migrations: { 2: (old: unknown) => ({ count: Number(old) }) },
    });
    expect(await item.load()).toEqual({ value: { count: 7 }, corrupt: false });
    expect(await raw()).toEqual({ count: { count: 7 }, count$: { v: 2 } });
  });

  it('uses its own check for load and watch when given one', async () => {
    await fakeBrowser.storage.local.set({ count: { count: 1.5 } });
    const check = (stored: unknown): Checked<{ count: number }> => ({
      value: { count: Math.round((stored as { count: number }).count) },
      corrupt: true,
    });
    const item = defineStoredItem('local:count', { schema: countSchema, fallback, check });
    expect(item.check).toBe(check);
    expect(await item.load()).toEqual({ value: { count: 2 }, corrupt: true });
  });

  it('delivers each change checked, with the value before it checked', async () => {
    const item = defineStoredItem('sync:count', { schema: countSchema, fallback });
    const seen: Checked<{ count: number }>[] = [];
    const before: Checked<{ count: number }>[] = [];
    const unwatch = item.watchChecked((checked, previous) => {
      seen.push(checked);
      before.push(previous);
    });
    await item.setValue({ count: 3 });
    await fakeBrowser.storage.sync.set({ count: { count: null } });
    await item.removeValue();
    unwatch();
    await item.setValue({ count: 5 });
    expect(seen).toEqual([
      { value: { count: 3 }, corrupt: false },
      { value: fallback, corrupt: true },
      { value: fallback, corrupt: false },
    ]);
    expect(before).toEqual([
      { value: fallback, corrupt: false },
      { value: { count: 3 }, corrupt: false },
      { value: fallback, corrupt: true },
    ]);
  });
});

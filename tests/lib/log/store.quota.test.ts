import { beforeEach, describe, expect, it } from 'vitest';
import { LogStore } from '@/lib/log/store';
import { fillStorage } from '../../support/fullDisk';
import { entry, freshIndexedDb, now } from './fixtures';

beforeEach(freshIndexedDb);

describe('LogStore when storage is full', () => {
  it('refuses every write with QuotaExceededError and loses nothing already stored', async () => {
    const store = await LogStore.open();
    const kept = [entry(1, { place: 'calf' }), entry(2, { place: 'shin', note: 'kept' }), entry(3)];
    await store.merge(kept);
    const before = await store.all();
    const full = fillStorage(store);

    await expect(store.add({ place: 'jaw' }, now)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    const first = kept[0];
    if (!first) throw new Error('no entry');
    await expect(store.update(first.id, { place: 'hand_intrinsics' }, now)).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    // An import is all or nothing: none of its entries lands, even those before the failing one.
    const incoming = Array.from({ length: 10 }, (_, i) => entry(i + 4));
    await expect(store.merge(incoming)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    await expect(store.restore(entry(20))).rejects.toMatchObject({ name: 'QuotaExceededError' });

    expect(await store.all()).toEqual(before);
    expect(await store.count()).toBe(3);

    full.mockRestore();
    await store.add({ place: 'jaw' }, now);
    expect(await store.count()).toBe(4);
    store.close();
  });
});

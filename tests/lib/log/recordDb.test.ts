import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type ContrastSessionRecord, contrastHistoryStorage } from '@/lib/contrast/history';
import { contrastEntryId, startContrastSessionRecording } from '@/lib/log/contrastSync';
import { logDbName, logDbVersion, openLogDb } from '@/lib/log/db';
import { openLogDbForRecording } from '@/lib/log/recordDb';
import { LogStore } from '@/lib/log/store';
import { freshIndexedDb, now } from './fixtures';

beforeEach(freshIndexedDb);

const session = (id: string): ContrastSessionRecord => ({
  id,
  startedAt: now - 30 * 60_000,
  endedAt: now,
  phasesCompleted: 7,
  totalPhases: 7,
  outcome: 'finished',
});

/** Store names, key paths and indexes of a database, to compare two ways of creating it. */
function shape(db: IDBDatabase) {
  const names = [...db.objectStoreNames].sort();
  const tx = db.transaction(names, 'readonly');
  return names.map((name) => {
    const store = tx.objectStore(name);
    const indexes = [...store.indexNames].map((index) => [index, store.index(index).keyPath]);
    return { name, keyPath: store.keyPath, indexes };
  });
}

describe('the worker’s light open of the log database', () => {
  it('creates a new database exactly as the log view does', async () => {
    const light = await openLogDbForRecording();
    if (!light) throw new Error('expected a database');
    const lightShape = shape(light);
    expect(light.version).toBe(logDbVersion);
    light.close();
    freshIndexedDb();
    const full = await openLogDb();
    expect(lightShape).toEqual(shape(full as unknown as IDBDatabase));
    expect(lightShape.map((store) => store.name)).toEqual(['entries', 'medicines', 'meta']);
    full.close();
  });

  it('adds the medicine store to a v2 database without touching its records', async () => {
    const v2 = await openDB(logDbName, 2, {
      upgrade(db) {
        db.createObjectStore('entries', { keyPath: 'id' }).createIndex('byAt', 'at');
        db.createObjectStore('meta');
      },
    });
    const record = { id: 'kept', at: now, anything: 'as it was' };
    await v2.put('entries', record);
    v2.close();
    const light = await openLogDbForRecording();
    if (!light) throw new Error('expected a database');
    expect(light.version).toBe(logDbVersion);
    expect([...light.objectStoreNames].sort()).toEqual(['entries', 'medicines', 'meta']);
    light.close();
    const after = await openDB(logDbName);
    expect(await after.getAll('entries')).toEqual([record]);
    after.close();
  });

  it('leaves a v1 database for the log view to upgrade, and nothing is lost', async () => {
    const v1 = await openDB(logDbName, 1, {
      upgrade: (db) => db.createObjectStore('cramps', { keyPath: 'id' }),
    });
    await v1.put('cramps', { id: 'old', time: now, muscle: 'calf', methods: ['stretching'] });
    v1.close();
    expect(await openLogDbForRecording()).toBeUndefined();
    const untouched = await openDB(logDbName);
    expect(untouched.version).toBe(1);
    expect(await untouched.getAll('cramps')).toHaveLength(1);
    untouched.close();
    const store = await LogStore.open();
    expect((await store.all()).entries.map((e) => e.id)).toEqual(['old']);
    store.close();
  });

  it('records ended sessions from the worker without the log view ever opening', async () => {
    await contrastHistoryStorage.setValue([session('w1')]);
    startContrastSessionRecording();
    const read = async () => {
      const store = await LogStore.open();
      const { entries } = await store.all();
      store.close();
      return entries.map((e) => e.id);
    };
    await vi.waitFor(async () => expect(await read()).toEqual([contrastEntryId('w1')]));
    await contrastHistoryStorage.setValue([session('w1'), session('w2')]);
    await vi.waitFor(async () =>
      expect((await read()).sort()).toEqual([contrastEntryId('w1'), contrastEntryId('w2')]),
    );
  });
});

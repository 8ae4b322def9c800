import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { type LogRecordV1, logDbName, openLogDb } from '@/lib/log/db';
import { LogStore } from '@/lib/log/store';
import { day, entry, freshIndexedDb, now } from './fixtures';

beforeEach(freshIndexedDb);

describe('LogStore', () => {
  it('each "delete all" leaves a new erasure mark, seen by every store on the database', async () => {
    const store = await LogStore.open();
    const other = await LogStore.open();
    expect(await store.erasure()).toBeUndefined();
    await other.deleteAll();
    const first = await store.erasure();
    expect(first).toEqual(expect.any(String));
    await store.add({}, now);
    expect(await store.erasure()).toBe(first);
    await other.deleteAll();
    expect(await store.erasure()).not.toBe(first);
    store.close();
    other.close();
  });

  it('adds an entry with a stable id and times, defaulting only the place', async () => {
    const store = await LogStore.open();
    const saved = await store.add({}, now);
    expect(saved).toMatchObject({ at: now, createdAt: now, updatedAt: now, place: 'unsure', tried: [] });
    expect(saved.severity).toBeUndefined();
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    const { entries } = await store.page(0, 10);
    expect(entries).toEqual([saved]);
    store.close();
  });

  it('edits an entry, keeping its id, created time and source', async () => {
    const store = await LogStore.open();
    const saved = await store.add({ place: 'calf' }, now);
    const edited = await store.update(saved.id, { place: 'shin', severity: 7, note: '  cold  ' }, now + 1000);
    expect(edited).toMatchObject({ id: saved.id, place: 'shin', severity: 7, note: 'cold', at: now });
    expect(edited?.createdAt).toBe(now);
    expect(edited?.updatedAt).toBe(now + 1000);
    expect(await store.update('missing', {}, now)).toBeUndefined();
    store.close();
  });

  it('deletes with undo, and deletes everything', async () => {
    const store = await LogStore.open();
    const a = await store.add({ place: 'calf' }, now);
    await store.add({ place: 'jaw' }, now + 1);
    const removed = await store.remove(a.id);
    expect(removed).toEqual(a);
    expect(await store.count()).toBe(1);
    await store.restore(removed as NonNullable<typeof removed>);
    expect((await store.all()).entries.map((e) => e.id)).toContain(a.id);
    await store.deleteAll();
    expect(await store.count()).toBe(0);
    store.close();
  });

  it('knows when the diary began from the time index alone', async () => {
    const store = await LogStore.open();
    expect(await store.firstAt()).toBeUndefined();
    await store.merge([entry(3), entry(40), entry(1)]);
    expect(await store.firstAt()).toBe(now - 40 * day);
    store.close();
  });

  it('pages newest first without loading everything', async () => {
    const store = await LogStore.open();
    await store.merge(Array.from({ length: 25 }, (_, i) => entry(i)));
    const first = await store.page(0, 10);
    const third = await store.page(20, 10);
    expect(first.entries).toHaveLength(10);
    expect(first.entries[0]?.at).toBe(now);
    expect(first.entries[0]?.at).toBeGreaterThan(first.entries[9]?.at ?? now);
    expect(third.entries).toHaveLength(5);
    store.close();
  });

  it('reads the page after where the list ends, with entries at the same time neither lost nor twice', async () => {
    const store = await LogStore.open();
    // 12 entries, three at each of four times: equal times are ordered by id.
    const sameTimes = Array.from({ length: 12 }, (_, i) => ({ ...entry(Math.floor(i / 3)), id: `t${i}` }));
    await store.merge(sameTimes);
    const expected = (await store.page(0, 12)).entries.map((e) => e.id);
    const seen: string[] = [];
    let last: (typeof sameTimes)[number] | undefined;
    for (;;) {
      const { entries } = await store.pageAfter(last, 5);
      if (!entries.length) break;
      seen.push(...entries.map((e) => e.id));
      last = entries.at(-1);
    }
    expect(seen).toEqual(expected);
    expect(seen).toHaveLength(12);
    store.close();
  });

  it('reads a time range in batches, in time order, each entry once, even when many share a time', async () => {
    const store = await LogStore.open();
    // Runs of equal times longer and shorter than a batch, at both ends and in the middle.
    const times = [0, 0, 0, 0, 0, 0, 0, 1, 2, 2, 2, 3, 4, 4, 4, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 7];
    const entries = times.map((t, i) => ({ ...entry(0), id: `r${String(i).padStart(2, '0')}`, at: now + t }));
    await store.merge(entries);
    const expected = [...entries].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id)).map((e) => e.id);
    for (const batch of [1, 2, 3, 5, 100]) {
      const seen: string[] = [];
      await store.forEachInRange(now, now + 8, (e) => seen.push(e.id), batch);
      expect(seen, `batch ${batch}`).toEqual(expected);
      const inner: string[] = [];
      await store.forEachInRange(now + 2, now + 6, (e) => inner.push(e.id), batch);
      expect(inner, `batch ${batch}`).toEqual(
        expected.filter((id) => {
          const at = entries.find((e) => e.id === id)?.at ?? 0;
          return at >= now + 2 && at < now + 6;
        }),
      );
    }
    expect(await store.forEachInRange(now + 5, now + 5, () => {})).toBe(0);
    store.close();
  });

  it('skips a corrupt record with a count, and shows the rest', async () => {
    const store = await LogStore.open();
    const good = entry(1);
    await store.merge([good]);
    const raw = await openDB(logDbName);
    await raw.put('entries', { id: 'bad', at: now, place: 'nowhere', tried: 'lots' });
    await raw.put('entries', { id: 'no-time', place: 'calf' });
    raw.close();
    const page = await store.page(0, 10);
    expect(page.entries.map((e) => e.id)).toEqual([good.id]);
    expect(page.skipped).toBe(1);
    const all = await store.all();
    expect(all.entries.map((e) => e.id)).toEqual([good.id]);
    expect(all.skipped).toBe(2);
    let seen = 0;
    expect(await store.forEachInRange(now - 5 * day, now + 1, () => seen++)).toBe(1);
    expect(seen).toBe(1);
    // The one without a time is in no index read: counted on its own.
    expect(await store.countOutsideIndex()).toBe(1);
    store.close();
  });

  it('merges duplicates: new ids added, newer edits win, repeats change nothing', async () => {
    const store = await LogStore.open();
    const a = entry(2, { place: 'calf' });
    const b = entry(3, { place: 'shin' });
    expect(await store.merge([a, b])).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await store.merge([a, b])).toEqual({ added: 0, updated: 0, unchanged: 2 });
    const newerA = { ...a, place: 'jaw' as const, updatedAt: a.updatedAt + 10 };
    const olderB = { ...b, place: 'thumb' as const, updatedAt: b.updatedAt - 10 };
    expect(await store.merge([newerA, olderB])).toEqual({ added: 0, updated: 1, unchanged: 1 });
    const byId = new Map((await store.all()).entries.map((e) => [e.id, e]));
    expect(byId.get(a.id)?.place).toBe('jaw');
    expect(byId.get(b.id)?.place).toBe('shin');
    store.close();
  });
});

describe('concurrent writers', () => {
  it('loses nothing when the panel and the worker write at the same moment', async () => {
    // Two connections, as the side panel and the service worker each open their own.
    const panel = await LogStore.open();
    const worker = await LogStore.open();
    const target = await panel.add({ place: 'calf' }, now);
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 100; i++) {
      writes.push(panel.add({ place: 'calf', note: `panel ${i}` }, now + i));
      writes.push(worker.merge([entry(1 + i / 1000, { note: `worker ${i}` })]));
      // Interleaved edits of the same entry from both sides: each is read-modify-write in one transaction.
      writes.push((i % 2 ? panel : worker).update(target.id, { place: 'calf', severity: i % 11 }, now + i));
    }
    await Promise.all(writes);
    const { entries, skipped } = await panel.all();
    expect(skipped).toBe(0);
    expect(entries).toHaveLength(201);
    expect(entries.filter((e) => e.note?.startsWith('panel'))).toHaveLength(100);
    expect(entries.filter((e) => e.note?.startsWith('worker'))).toHaveLength(100);
    const edited = entries.find((e) => e.id === target.id);
    // The last update issued wins (i = 99), and the edit never resurrected or duplicated the entry.
    expect(edited?.severity).toBe(99 % 11);
    panel.close();
    worker.close();
  });
});

describe('schema upgrade', () => {
  it('upgrades a v1 database to v2, keeping every record', async () => {
    const v1 = await openDB(logDbName, 1, {
      upgrade(db) {
        db.createObjectStore('cramps', { keyPath: 'id' });
      },
    });
    const records: LogRecordV1[] = [
      {
        id: 'old-1',
        time: now - day,
        muscle: 'calf',
        side: 'left',
        severity: 6,
        methods: ['stretching'],
        result: 'better',
        note: 'night',
      },
      { id: 'old-2', time: now - 2 * day, muscle: 'elbow-thing' },
      { id: 'old-3', time: Number.NaN },
    ];
    for (const record of records) await v1.put('cramps', record);
    v1.close();

    const db = await openLogDb();
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual(['entries', 'medicines', 'meta']);
    db.close();

    const store = await LogStore.open();
    const { entries, skipped } = await store.all();
    expect(entries.find((e) => e.id === 'old-1')).toMatchObject({
      at: now - day,
      place: 'calf',
      side: 'left',
      severity: 6,
      tried: ['stretching'],
      helped: 'better',
      note: 'night',
      source: 'manual',
    });
    // An unknown muscle becomes "not sure" rather than being dropped.
    expect(entries.find((e) => e.id === 'old-2')?.place).toBe('unsure');
    // The unreadable record is carried over (not destroyed) and skipped on read.
    expect(await store.count()).toBe(3);
    expect(skipped).toBe(1);
    store.close();
  });

  it('an old connection steps aside so the upgrade is not blocked', async () => {
    const v1 = await openDB(logDbName, 1, {
      upgrade(db) {
        db.createObjectStore('cramps', { keyPath: 'id' });
      },
      blocking() {
        v1.close();
      },
    });
    const db = await openLogDb();
    expect(db.version).toBe(3);
    db.close();
  });

  it('upgrades a v2 database to v3: every record kept exactly, unreadable ones too; a medicine store added', async () => {
    const v2 = await openDB(logDbName, 2, {
      upgrade(db) {
        db.createObjectStore('entries', { keyPath: 'id' }).createIndex('byAt', 'at');
        db.createObjectStore('meta');
      },
    });
    const good = {
      id: 'v2-1',
      at: now - day,
      createdAt: now - day,
      updatedAt: now - day,
      place: 'calf',
      tried: [],
      source: 'manual',
      severity: 3,
    };
    const broken = { id: 'v2-2', at: now, place: 'nowhere' };
    await v2.put('entries', good);
    await v2.put('entries', broken);
    await v2.put('meta', ['s1'], 'recordedSessions');
    v2.close();

    const store = await LogStore.open();
    expect(store.db.version).toBe(3);
    expect(await store.db.getAll('entries')).toEqual([good, broken]);
    expect(await store.db.get('meta', 'recordedSessions')).toEqual(['s1']);
    const { skipped } = await store.all();
    expect(skipped).toBe(1);
    expect(await store.medicines()).toEqual({ medicines: [], skipped: 0 });
    store.close();
  });
});

describe('medicines', () => {
  const medicine = (id: string, startedOn: string, extra: Record<string, unknown> = {}) => ({
    id,
    name: 'Medicine A',
    purpose: 'cramps' as const,
    startedOn,
    createdAt: now,
    updatedAt: now,
    ...extra,
  });

  it('keeps a list, oldest start first; removes one; refuses an invalid one', async () => {
    const store = await LogStore.open();
    await store.deleteAll();
    await store.putMedicine(
      medicine('m2', '2026-11-01', { stoppedOn: '2026-11-20', doseNote: 'as my doctor said' }),
    );
    await store.putMedicine(medicine('m1', '2026-10-01', { purpose: 'other' }));
    expect((await store.medicines()).medicines.map((m) => m.id)).toEqual(['m1', 'm2']);
    await expect(
      store.putMedicine(medicine('m3', '2026-11-01', { stoppedOn: '2026-10-01' })),
    ).rejects.toThrow();
    await expect(store.putMedicine(medicine('m4', '2026-13-01'))).rejects.toThrow();
    await expect(store.putMedicine(medicine('m5', '2026-11-01', { name: '   ' }))).rejects.toThrow();
    expect((await store.removeMedicine('m1'))?.purpose).toBe('other');
    expect((await store.medicines()).medicines.map((m) => m.id)).toEqual(['m2']);
    store.close();
  });

  it('skips an unreadable stored medicine without losing it, and delete all deletes medicines too', async () => {
    const store = await LogStore.open();
    await store.deleteAll();
    await store.putMedicine(medicine('m1', '2026-10-01'));
    await store.db.put('medicines', { id: 'bad', name: 42 } as never);
    expect(await store.medicines()).toMatchObject({ skipped: 1, medicines: [{ id: 'm1' }] });
    expect(await store.db.count('medicines')).toBe(2);
    await store.deleteAll();
    expect(await store.db.count('medicines')).toBe(0);
    store.close();
  });
  it('re-imports known entries read in key ranges: ids between them, new ids and corrupt records count right', async () => {
    const store = await LogStore.open();
    const id = (n: number) => `k-${String(n).padStart(3, '0')}`;
    const stored = Array.from({ length: 60 }, (_, n) => ({ ...entry(n), id: id(n) }));
    await store.merge(stored);
    // A corrupt record under a known id: replaced by the incoming entry, counted as added.
    const raw = await openDB(logDbName);
    await raw.put('entries', { id: id(15), at: now, place: 'nowhere' });
    raw.close();
    // Every third stored entry comes back (the ones between stay out of the file), half of them
    // edited later; new ids sort between known ones, and chunks of 7 cut the runs of keys.
    const back = stored.filter((_, n) => n % 3 === 0);
    const incoming = [
      ...back.map((e, n) => (n % 2 ? e : { ...e, note: 'edited', updatedAt: e.updatedAt + 1 })),
      ...[1, 20, 41].map((n) => ({ ...entry(n), id: `${id(n)}-new` })),
    ];
    const result = await store.merge(incoming, [], { chunkSize: 7 });
    // 20 back: 10 edited (updated), 10 not: 9 unchanged and k-015, whose stored record was corrupt (added).
    expect(result).toEqual({ added: 3 + 1, updated: 10, unchanged: 9 });
    const all = new Map((await store.all()).entries.map((e) => [e.id, e]));
    expect(all.size).toBe(63);
    expect(all.get(id(0))?.note).toBe('edited');
    expect(all.get(id(3))?.note).toBeUndefined();
    expect(all.get(id(15))).toEqual(back[5]);
    expect(all.get(id(1))).toEqual(stored[1]);
    expect(await store.merge(incoming, [], { chunkSize: 7 })).toEqual({
      added: 0,
      updated: 0,
      unchanged: 23,
    });
    store.close();
  });
});

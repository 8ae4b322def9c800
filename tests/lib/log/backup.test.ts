import { beforeEach, describe, expect, it } from 'vitest';
import { backupFormat, parseBackup, toBackupJson } from '@/lib/log/backup';
import type { LogEntry } from '@/lib/log/entry';
import type { Medicine } from '@/lib/log/medicine';
import { LogStore } from '@/lib/log/store';
import { entry, freshIndexedDb, now } from './fixtures';

beforeEach(freshIndexedDb);

const medicine = (id: string): Medicine => ({
  id,
  name: 'Medicine A',
  purpose: 'cramps',
  startedOn: '2026-11-01',
  doseNote: 'as given',
  createdAt: now,
  updatedAt: now,
});
// Ids from the fixture counter differ per call: compare without them.
const strip = (e: LogEntry) => ({ ...e, id: expect.any(String) as unknown as string });

const valid = () => [
  entry(1, { place: 'calf', severity: 3, note: 'ñ "x"' }),
  entry(2, { tried: ['reciprocal'] }),
];

describe('parseBackup', () => {
  it('reads back what toBackupJson wrote', async () => {
    const entries = valid();
    const parsed = await parseBackup(toBackupJson(entries, now));
    expect(parsed).toEqual({ ok: true, entries, medicines: [] });
  });

  it('writes version 2 with the medicine list, and reads it back', async () => {
    const text = toBackupJson(valid(), now, [medicine('m1')]);
    expect(JSON.parse(text)).toMatchObject({ format: backupFormat, version: 2, medicines: [{ id: 'm1' }] });
    expect(await parseBackup(text)).toEqual({
      ok: true,
      entries: valid().map(strip),
      medicines: [medicine('m1')],
    });
  });

  it('imports a version 1 backup (entries only, as older builds wrote it)', async () => {
    const entries = valid();
    const v1 = JSON.stringify({ format: backupFormat, version: 1, exportedAt: 'x', entries });
    expect(await parseBackup(v1)).toEqual({ ok: true, entries, medicines: [] });
  });

  it.each([
    ['a version 2 file without its medicine list', { version: 2, medicines: undefined }, 'foreign'],
    ['a version 0 file', { version: 0 }, 'foreign'],
    [
      'a medicine stopped before it started',
      { medicines: [{ ...medicine('m1'), stoppedOn: '2026-01-01' }] },
      'invalidMedicine',
    ],
  ])('refuses %s', async (_name, patch, error) => {
    const good = JSON.parse(toBackupJson(valid(), now, [medicine('m1')]));
    const parsed = await parseBackup(JSON.stringify({ ...good, ...patch }));
    expect(!parsed.ok && parsed.error).toBe(error);
  });

  it('merges an entry repeated in the file, newest edit winning', async () => {
    const a = valid()[0] as LogEntry;
    const newer = { ...a, note: 'edited', updatedAt: a.updatedAt + 5 };
    const parsed = await parseBackup(toBackupJson([a, newer, a]));
    expect(parsed.ok && parsed.entries).toEqual([newer]);
  });

  const good = JSON.parse(toBackupJson(valid()));
  it.each([
    ['not JSON', 'this is not json {', 'notJson'],
    ['empty file', '', 'notJson'],
    ['JSON null', 'null', 'foreign'],
    ['an array', '[1,2,3]', 'foreign'],
    ['another app', JSON.stringify({ format: 'other-app', entries: [] }), 'foreign'],
    ['entries missing', JSON.stringify({ format: backupFormat, version: 1 }), 'foreign'],
    ['entries not a list', JSON.stringify({ ...good, entries: {} }), 'foreign'],
    ['newer version', JSON.stringify({ ...good, version: 99 }), 'newerVersion'],
    [
      'bad place',
      JSON.stringify({ ...good, entries: [good.entries[0], { ...good.entries[1], place: 'elbow' }] }),
      'invalidEntry',
    ],
    [
      'severity 11',
      JSON.stringify({ ...good, entries: [{ ...good.entries[0], severity: 11 }] }),
      'invalidEntry',
    ],
    [
      'time as text',
      JSON.stringify({ ...good, entries: [{ ...good.entries[0], at: '2026-01-01' }] }),
      'invalidEntry',
    ],
    [
      'huge note',
      JSON.stringify({ ...good, entries: [{ ...good.entries[0], note: 'x'.repeat(5000) }] }),
      'invalidEntry',
    ],
  ])('refuses %s', async (_name, text, error) => {
    const parsed = await parseBackup(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toBe(error);
  });

  it('points at the first bad entry', async () => {
    const text = JSON.stringify({ ...good, entries: [good.entries[0], { id: 'x' }] });
    expect(await parseBackup(text)).toEqual({ ok: false, error: 'invalidEntry', position: 2 });
  });

  it('imports medicines with the entries in one go; newer edits win; delete all empties both', async () => {
    const store = await LogStore.open();
    const first = await store.merge(valid(), [medicine('m1')]);
    expect(first.medicines).toEqual({ added: 1, updated: 0, unchanged: 0 });
    const edited = { ...medicine('m1'), doseNote: 'changed', updatedAt: now + 1 };
    const again = await store.merge([], [edited, medicine('m2')]);
    expect(again.medicines).toEqual({ added: 1, updated: 1, unchanged: 0 });
    expect((await store.merge([], [medicine('m1')])).medicines).toEqual({
      added: 0,
      updated: 0,
      unchanged: 1,
    });
    expect((await store.medicines()).medicines.map((m) => m.doseNote)).toEqual(['changed', 'as given']);
    await store.deleteAll();
    expect(await store.count()).toBe(0);
    expect((await store.medicines()).medicines).toEqual([]);
    store.close();
  });

  it('a refused file changes nothing in the log', async () => {
    const store = await LogStore.open();
    const kept = valid();
    await store.merge(kept);
    const before = await store.all();
    const badFile = JSON.stringify({
      ...good,
      entries: [...good.entries, { ...good.entries[0], id: 'new', tried: ['magic'] }],
    });
    const parsed = await parseBackup(badFile);
    if (parsed.ok) await store.merge(parsed.entries);
    expect(parsed.ok).toBe(false);
    expect(await store.all()).toEqual(before);
    store.close();
  });
});

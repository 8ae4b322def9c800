import { beforeEach, describe, expect, it } from 'vitest';
import { maxBackupBytes, toBackupJson, toBackupParts } from '@/lib/log/backup';
import type { LogEntry } from '@/lib/log/entry';
import { exportBackup } from '@/lib/log/exportBackup';
import { type ImportProgress, importBackup } from '@/lib/log/importBackup';
import type { Medicine } from '@/lib/log/medicine';
import { LogStore } from '@/lib/log/store';
import { day, entry, freshIndexedDb, now } from './fixtures';

beforeEach(freshIndexedDb);

const medicine: Medicine = {
  id: 'm1',
  name: 'Medicine A',
  purpose: 'cramps',
  startedOn: '2026-11-01',
  createdAt: now,
  updatedAt: now,
};
const many = (count: number): LogEntry[] =>
  Array.from({ length: count }, (_, i) => ({
    ...entry(0, { place: 'calf', severity: i % 11, note: i % 9 ? undefined : `note ${i} "ñ"\n` }),
    id: `big-${i}`,
    at: now - (i % 365) * day,
  }));
const source = (text: string) => ({ size: new Blob([text]).size, text: async () => text });

describe('importBackup', () => {
  it('round trip: what export wrote, imported into an emptied log, is the same log', async () => {
    const store = await LogStore.open();
    await store.merge(many(5000), [medicine]);
    const before = await store.all();
    const exported = await exportBackup(store, now);
    expect(exported.entries).toBe(5000);
    const text = (await exported.file?.text()) ?? '';
    expect(text).toBe(toBackupJson(before.entries, now, [medicine]));
    await store.deleteAll();
    const outcome = await importBackup(source(text), store);
    expect(outcome).toEqual({ kind: 'imported', result: expect.objectContaining({ added: 5000 }) });
    expect(await store.all()).toEqual(before);
    expect((await store.medicines()).medicines).toEqual([medicine]);
    store.close();
  });

  it('writes compact JSON with one entry per line', () => {
    const entries = many(3);
    const text = toBackupParts(entries, now).join('');
    const lines = text.split('\n');
    expect(lines.slice(1, 4).map((line) => JSON.parse(line.replace(/,$/, '')))).toEqual(entries);
    expect(text).not.toContain('  ');
  });

  it('tells its progress: reading, then entries checked and saved up to the total', async () => {
    const store = await LogStore.open();
    const seen: ImportProgress[] = [];
    await importBackup(source(toBackupJson(many(5000))), store, (p) => seen.push(p));
    expect(seen[0]).toEqual({ phase: 'reading' });
    const checked = seen.flatMap((p) => (p.phase === 'checking' ? [p.done] : []));
    const saved = seen.flatMap((p) => (p.phase === 'saving' ? [p.done] : []));
    expect(checked.at(-1)).toBe(5000);
    expect(saved).toEqual([0, 2000, 4000, 5000]);
    for (const list of [checked, saved]) expect([...list].sort((a, b) => a - b)).toEqual(list);
    expect(seen.every((p) => p.phase === 'reading' || p.total === 5000)).toBe(true);
    store.close();
  });

  it.each(['checking', 'saving'] as const)('cancelled while %s, it changes nothing', async (phase) => {
    const store = await LogStore.open();
    const kept = many(3).map((e) => ({ ...e, id: `kept-${e.id}` }));
    await store.merge(kept);
    const before = await store.all();
    const controller = new AbortController();
    const outcome = await importBackup(
      source(toBackupJson(many(5000))),
      store,
      (p) => {
        // Saving: cancelled after the first chunk is written inside the transaction.
        if (p.phase === phase && (phase === 'checking' || p.done > 0)) controller.abort();
      },
      controller.signal,
    );
    expect(outcome).toEqual({ kind: 'cancelled' });
    expect(await store.all()).toEqual(before);
    store.close();
  });

  it('refuses a file over the limit without reading it', async () => {
    const store = await LogStore.open();
    let read = false;
    const huge = {
      size: maxBackupBytes + 1,
      text: async () => {
        read = true;
        return '';
      },
    };
    await expect(importBackup(huge, store)).resolves.toEqual({ kind: 'refused', error: 'tooLarge' });
    expect(read).toBe(false);
    store.close();
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, text.length - 200)],
    ['cut mid-entry', (text: string) => text.slice(0, text.indexOf('big-2500'))],
    ['garbled in the middle', (text: string) => text.replace('"big-100"', '"big-100",,')],
  ])('a file %s is refused as not JSON and the log stays', async (_name, damage) => {
    const store = await LogStore.open();
    await store.merge(many(2));
    const before = await store.all();
    const outcome = await importBackup(source(damage(toBackupJson(many(5000)))), store);
    expect(outcome).toEqual({ kind: 'refused', error: 'notJson', position: undefined });
    expect(await store.all()).toEqual(before);
    store.close();
  });

  it('a damaged entry deep in a large file is named, and nothing is imported', async () => {
    const store = await LogStore.open();
    const entries: unknown[] = many(5000);
    entries[4321] = { ...(entries[4321] as LogEntry), severity: 99 };
    const outcome = await importBackup(source(toBackupJson(entries as LogEntry[])), store);
    expect(outcome).toEqual({ kind: 'refused', error: 'invalidEntry', position: 4322 });
    expect(await store.count()).toBe(0);
    store.close();
  });
});

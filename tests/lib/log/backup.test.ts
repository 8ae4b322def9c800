import { beforeEach, describe, expect, it } from 'vitest';
import { backupFormat, parseBackup, toBackupJson } from '@/lib/log/backup';
import type { LogEntry } from '@/lib/log/entry';
import { LogStore } from '@/lib/log/store';
import { entry, freshIndexedDb, now } from './fixtures';

beforeEach(freshIndexedDb);

const valid = () => [
  entry(1, { place: 'calf', severity: 3, note: 'ñ "x"' }),
  entry(2, { tried: ['reciprocal'] }),
];

describe('parseBackup', () => {
  it('reads back what toBackupJson wrote', () => {
    const entries = valid();
    const parsed = parseBackup(toBackupJson(entries, now));
    expect(parsed).toEqual({ ok: true, entries });
  });

  it('merges an entry repeated in the file, newest edit winning', () => {
    const a = valid()[0] as LogEntry;
    const newer = { ...a, note: 'edited', updatedAt: a.updatedAt + 5 };
    const parsed = parseBackup(toBackupJson([a, newer, a]));
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
    ['too large', ' '.repeat(31 * 1024 * 1024), 'tooLarge'],
  ])('refuses %s', (_name, text, error) => {
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toBe(error);
  });

  it('points at the first bad entry', () => {
    const text = JSON.stringify({ ...good, entries: [good.entries[0], { id: 'x' }] });
    expect(parseBackup(text)).toEqual({ ok: false, error: 'invalidEntry', position: 2 });
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
    const parsed = parseBackup(badFile);
    if (parsed.ok) await store.merge(parsed.entries);
    expect(parsed.ok).toBe(false);
    expect(await store.all()).toEqual(before);
    store.close();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { type ContrastSessionRecord, contrastHistoryStorage } from '@/lib/contrast/history';
import { contrastEntryId, recordContrastSessions, syncContrastHistory } from '@/lib/log/contrastSync';
import { LogStore } from '@/lib/log/store';
import { freshIndexedDb, now } from './fixtures';

beforeEach(freshIndexedDb);

const session = (
  id: string,
  outcome: ContrastSessionRecord['outcome'] = 'finished',
): ContrastSessionRecord => ({
  id,
  startedAt: now - 70 * 60_000,
  endedAt: now,
  phasesCompleted: outcome === 'finished' ? 7 : 3,
  totalPhases: 7,
  outcome,
});

describe('recording contrast sessions', () => {
  it('records each ended session once, de-duplicated by id', async () => {
    const store = await LogStore.open();
    await contrastHistoryStorage.setValue([session('s1'), session('s2', 'stopped')]);
    expect(await syncContrastHistory(store)).toBe(2);
    expect(await syncContrastHistory(store)).toBe(0);
    const { entries } = await store.all();
    expect(entries.find((e) => e.id === contrastEntryId('s2'))).toMatchObject({
      source: 'contrast',
      tried: ['contrast'],
      durationMinutes: 70,
      at: now - 70 * 60_000,
      contrast: { sessionId: 's2', outcome: 'stopped', phasesCompleted: 3, totalPhases: 7 },
    });
    store.close();
  });

  it('carries skipped phases into the log; a record stored before they were kept reads without them', async () => {
    const store = await LogStore.open();
    const { phasesSkipped: _none, ...old } = { ...session('old', 'stopped'), phasesSkipped: 0 };
    await contrastHistoryStorage.setValue([old, { ...session('new', 'stopped'), phasesSkipped: 2 }]);
    expect((await contrastHistoryStorage.load()).corrupt).toBe(false);
    expect(await syncContrastHistory(store)).toBe(2);
    const { entries } = await store.all();
    const detail = (id: string) => entries.find((e) => e.id === contrastEntryId(id))?.contrast;
    expect(detail('new')).toEqual({
      sessionId: 'new',
      outcome: 'stopped',
      phasesCompleted: 3,
      phasesSkipped: 2,
      totalPhases: 7,
    });
    // Unknown, not "none skipped".
    expect(detail('old')).toEqual({
      sessionId: 'old',
      outcome: 'stopped',
      phasesCompleted: 3,
      totalPhases: 7,
    });
    store.close();
  });

  it('keeps the user’s edit of a recorded session when the history is read again', async () => {
    const store = await LogStore.open();
    await recordContrastSessions(store, [session('s1')]);
    await store.update(
      contrastEntryId('s1'),
      { place: 'calf', tried: ['contrast'], helped: 'better' },
      now + 1,
    );
    await recordContrastSessions(store, [session('s1')]);
    const [edited] = (await store.all()).entries;
    expect(edited).toMatchObject({ place: 'calf', helped: 'better', source: 'contrast' });
    store.close();
  });

  it('skips malformed history records and survives a corrupt history', async () => {
    const store = await LogStore.open();
    await browser.storage.local.set({ contrastHistory: [null, 'x', { id: 7 }, { ...session('ok') }] });
    expect(await syncContrastHistory(store)).toBe(1);
    await browser.storage.local.set({ contrastHistory: 'garbage' });
    await expect(syncContrastHistory(store)).resolves.toBe(0);
    store.close();
  });

  it.each([
    ['nothing stored', undefined, false],
    ['an empty list', [], false],
    ['valid sessions', [session('a'), session('b', 'stopped')], false],
    ['a string', 'garbage', true],
    ['an object', { id: 'a' }, true],
    ['one broken record among valid ones', [session('a'), { id: 'b', startedAt: 'NaN' }], true],
  ])('says whether the stored history is unreadable: %s', (_name, history, unreadable) => {
    expect(contrastHistoryStorage.check(history).corrupt).toBe(unreadable);
  });

  it('records the readable sessions of a history that holds an unreadable one, and leaves it as stored', async () => {
    const store = await LogStore.open();
    const stored = [session('a'), { id: 'b', startedAt: 'NaN' }, session('c', 'stopped')];
    await browser.storage.local.set({ contrastHistory: stored });
    expect(await contrastHistoryStorage.load()).toEqual({
      value: [session('a'), session('c', 'stopped')],
      corrupt: true,
    });
    expect(await syncContrastHistory(store)).toBe(2);
    expect(await browser.storage.local.get('contrastHistory')).toEqual({ contrastHistory: stored });
    store.close();
  });

  it('a deleted session stays deleted; after "delete all" sessions can be recorded again', async () => {
    const store = await LogStore.open();
    await recordContrastSessions(store, [session('s1'), session('s2')]);
    await store.remove(contrastEntryId('s1'));
    expect(await recordContrastSessions(store, [session('s1'), session('s2')])).toBe(0);
    expect((await store.all()).entries.map((e) => e.id)).toEqual([contrastEntryId('s2')]);
    await store.deleteAll();
    expect(await recordContrastSessions(store, [session('s3')])).toBe(1);
    store.close();
  });

  it('two contexts recording the same history at once add each session once', async () => {
    const panel = await LogStore.open();
    const worker = await LogStore.open();
    const history = Array.from({ length: 20 }, (_, i) => session(`s${i}`));
    const [a, b] = await Promise.all([
      recordContrastSessions(panel, history),
      recordContrastSessions(worker, history),
    ]);
    expect(a + b).toBe(20);
    expect(await panel.count()).toBe(20);
    panel.close();
    worker.close();
  });
});

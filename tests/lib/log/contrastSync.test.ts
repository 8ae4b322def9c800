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
    expect(await syncContrastHistory(store)).toMatchObject({ added: 2 });
    expect(await syncContrastHistory(store)).toMatchObject({ added: 0, unchanged: 2 });
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
    const result = await recordContrastSessions(store, [null, 'x', { id: 7 }, { ...session('ok') }]);
    expect(result.added).toBe(1);
    await browser.storage.local.set({ contrastHistory: 'garbage' });
    await expect(syncContrastHistory(store)).resolves.toMatchObject({ added: 0 });
    store.close();
  });
});

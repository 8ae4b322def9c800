import { describe, expect, it } from 'vitest';
import { transition } from '@/lib/contrast/machine';
import { buildPlan } from '@/lib/contrast/protocol';
import { checkAlertSettings, checkTimerSettings, defaultTimerSettings } from '@/lib/contrast/settings';
import { checkTimerState, loadTimerState, timerStateStorage } from '@/lib/contrast/state';

describe('stored values are validated, never trusted', () => {
  it('accepts a real running state', () => {
    const state = transition(
      { status: 'idle' },
      { type: 'start', plan: buildPlan(defaultTimerSettings), sessionId: 'x' },
      1,
    );
    expect(checkTimerState(JSON.parse(JSON.stringify(state)))).toEqual({ state, corrupt: false });
  });

  it.each([
    ['null', null],
    ['a string', 'running'],
    ['an unknown status', { status: 'flying' }],
    ['running without a session', { status: 'running', endsAt: 5 }],
    ['a huge garbage string id', { status: 'paused', remainingMs: 5, session: { id: 'x'.repeat(10_000) } }],
  ])('falls back to idle (flagged corrupt) for %s', (_name, stored) => {
    expect(checkTimerState(stored)).toEqual({ state: { status: 'idle' }, corrupt: true });
  });

  it('loads a corrupt stored state without throwing', async () => {
    await timerStateStorage.setValue({ status: 'running', endsAt: 'soon' } as never);
    await expect(loadTimerState()).resolves.toMatchObject({ corrupt: true, state: { status: 'idle' } });
  });

  it('rejects out-of-range or non-numeric settings', () => {
    expect(checkTimerSettings({ ...defaultTimerSettings, coldMinutes: 25 }).corrupt).toBe(true);
    expect(checkTimerSettings({ ...defaultTimerSettings, rounds: '3' }).corrupt).toBe(true);
    expect(checkTimerSettings(defaultTimerSettings)).toEqual({ value: defaultTimerSettings, corrupt: false });
    expect(checkAlertSettings({ sound: 'yes' }).corrupt).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { alarmName, chimeIndex, type TimerState, transition } from '@/lib/contrast/machine';
import { buildPlan } from '@/lib/contrast/protocol';
import { chimeGiveUpMs, chimeRepeatMs, desiredAlarms } from '@/lib/contrast/schedule';
import { defaultTimerSettings } from '@/lib/contrast/settings';

const t0 = 1_700_000_000_000;
const min = 60_000;
const plan = buildPlan(defaultTimerSettings);
const started = transition({ status: 'idle' }, { type: 'start', plan, sessionId: 'a' }, t0);
const names = (state: TimerState, now: number, repeatChime = true) =>
  Object.fromEntries(desiredAlarms(state, { repeatChime }, now).map((a) => [a.name, a.when]));

describe('desiredAlarms', () => {
  it('wants nothing when idle', () => {
    expect(desiredAlarms({ status: 'idle' }, { repeatChime: true }, t0)).toEqual([]);
  });

  it('arms the deadline, both heads-ups and the next badge minute of a running cold phase', () => {
    expect(names(started, t0)).toEqual({
      [alarmName('end', 'a', 0)]: t0 + 10 * min,
      [alarmName('hotReady', 'a', 0)]: t0 + 8 * min,
      [alarmName('endsSoon', 'a', 0)]: t0 + 10 * min - 30_000,
      [alarmName('badge', 'a', 0)]: t0 + min,
    });
  });

  it('wants no alarm for a paused session except a pending chime', () => {
    const paused = transition(started, { type: 'pause' }, t0 + min);
    expect(names(paused, t0 + min)).toEqual({});
  });

  it('repeats the chime every 30 s until 5 minutes, and not at all when repeat is off', () => {
    let state = transition(started, { type: 'alarm', name: alarmName('end', 'a', 0) }, t0 + 10 * min);
    const raisedAt = t0 + 10 * min;
    const chimeName = (s: TimerState) =>
      s.status === 'idle' || !s.session.alert ? '' : alarmName('chime', 'a', chimeIndex(s.session.alert));
    const first = chimeName(state);
    expect(names(state, raisedAt)[first]).toBe(raisedAt + chimeRepeatMs);
    expect(names(state, raisedAt, false)[first]).toBeUndefined();
    for (let i = 0; i < chimeGiveUpMs / chimeRepeatMs; i++) {
      const name = chimeName(state);
      state = transition(state, { type: 'alarm', name }, raisedAt + (i + 1) * chimeRepeatMs);
      // A late duplicate of the chime just played is stale.
      expect(transition(state, { type: 'alarm', name }, raisedAt + (i + 1) * chimeRepeatMs + 5)).toBe(state);
    }
    expect(Object.keys(names(state, raisedAt + chimeGiveUpMs)).some((n) => n.includes('|chime|'))).toBe(
      false,
    );
    const acknowledged = transition(state, { type: 'acknowledge' }, raisedAt + 1000);
    expect(Object.keys(names(acknowledged, raisedAt + 1000)).some((n) => n.includes('|chime|'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { alarmName, backupDelayMs, chimeIndex, type TimerState, transition } from '@/lib/contrast/machine';
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

  it('arms the deadline, both heads-ups, the next badge minute and the backup of a running cold phase', () => {
    expect(names(started, t0)).toEqual({
      [alarmName('end', 'a', 0)]: t0 + 10 * min,
      [alarmName('hotReady', 'a', 0)]: t0 + 8 * min,
      [alarmName('endsSoon', 'a', 0)]: t0 + 10 * min - 30_000,
      [alarmName('badge', 'a', 0)]: t0 + min,
      // Half a protocol minute after the soonest thing to do (the hot-pack heads-up), never the badge.
      [alarmName('backup', 'a', 0)]: t0 + 8 * min + 30_000,
    });
  });

  it('arms the backup after a fresh alert, then after the deadline, never in the past', () => {
    const bare = buildPlan({ ...defaultTimerSettings, rounds: 1, hotReadyMinutes: 0, endsSoonSeconds: 0 });
    const running = transition({ status: 'idle' }, { type: 'start', plan: bare, sessionId: 'b' }, t0);
    const backup = alarmName('backup', 'b', 0);
    expect(names(running, t0, false)[backup]).toBe(t0 + 10 * min + backupDelayMs(bare));
    // The phase change raises an alert: the backup first comes shortly after it, so a worker stopped
    // before announcing it is followed by one that does…
    const moved = transition(running, { type: 'alarm', name: alarmName('end', 'b', 0) }, t0 + 10 * min);
    expect(names(moved, t0 + 10 * min, false)[backup]).toBe(t0 + 10 * min + backupDelayMs(bare));
    // …then, once that moment has passed, after the next deadline.
    const later = t0 + 10 * min + backupDelayMs(bare);
    expect(names(moved, later, false)[backup]).toBe(t0 + 20 * min + backupDelayMs(bare));
    // An ended session with its alert long announced and no chime to repeat wants nothing at all.
    const finished = transition(
      transition(moved, { type: 'alarm', name: alarmName('end', 'b', 1) }, t0 + 20 * min),
      { type: 'alarm', name: alarmName('end', 'b', 2) },
      t0 + 30 * min,
    );
    expect(finished.status).toBe('finished');
    expect(names(finished, t0 + 30 * min, false)).toEqual({ [backup]: t0 + 30 * min + backupDelayMs(bare) });
    expect(names(finished, t0 + 31 * min, false)).toEqual({});
  });

  it('keeps the backup a full alarm poll after what it backs up, even in time-scaled builds', () => {
    expect(backupDelayMs(buildPlan(defaultTimerSettings))).toBe(30_000);
    expect(backupDelayMs(buildPlan(defaultTimerSettings, 300))).toBe(1000);
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

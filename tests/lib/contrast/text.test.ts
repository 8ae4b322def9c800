import { describe, expect, it } from 'vitest';
import { alarmName, type TimerState, transition } from '@/lib/contrast/machine';
import { buildPlan } from '@/lib/contrast/protocol';
import { defaultTimerSettings } from '@/lib/contrast/settings';
import { badgeColor, badgeText } from '@/lib/contrast/text';

const t0 = 1_700_000_000_000;
const min = 60_000;
const start = transition(
  { status: 'idle' },
  { type: 'start', plan: buildPlan(defaultTimerSettings), sessionId: 'b' },
  t0,
) as Extract<TimerState, { status: 'running' }>;

describe('badge', () => {
  it.each([
    [0, '10C'],
    [1, '10C'],
    [min, '9C'],
    [9 * min + 1, '1C'],
  ])('shows whole minutes left and the phase letter (%i ms in → %s)', (elapsed, text) => {
    expect(badgeText(start, t0 + elapsed)).toBe(text);
  });

  it('says W (warm) and changes colour in a warm phase, and is empty when idle', () => {
    const hot = transition(start, { type: 'alarm', name: alarmName('end', 'b', 0) }, t0 + 10 * min);
    expect(badgeText(hot, t0 + 10 * min)).toBe('10W');
    expect(badgeColor(hot)).not.toBe(badgeColor(start));
    expect(badgeText({ status: 'idle' }, t0)).toBe('');
  });
});

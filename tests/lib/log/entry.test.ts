import { describe, expect, it } from 'vitest';
import { entryFromDraft, parseLogEntry } from '@/lib/log/entry';

const now = Date.UTC(2026, 10, 24, 12);

describe('entry trigger and daily-life disturbance', () => {
  it('keeps a trigger and a disturbance given in the draft, rounded and clamped', () => {
    expect(entryFromDraft({ trigger: 'jaw', disturbance: 6.6 }, now, 'a')).toMatchObject({
      trigger: 'jaw',
      disturbance: 7,
    });
    expect(entryFromDraft({ disturbance: 42 }, now, 'b').disturbance).toBe(10);
    expect(entryFromDraft({ disturbance: -3 }, now, 'c').disturbance).toBe(0);
  });

  it('records neither when not given, and drops an unknown trigger', () => {
    const entry = entryFromDraft({ trigger: 'moon' as never, disturbance: Number.NaN }, now, 'd');
    expect(entry).not.toHaveProperty('trigger');
    expect(entry).not.toHaveProperty('disturbance');
  });

  it('still reads a record stored before the fields existed, and refuses an out-of-range one', () => {
    const old = {
      id: 'x',
      at: now,
      createdAt: now,
      updatedAt: now,
      place: 'calf',
      tried: [],
      source: 'manual',
    };
    expect(parseLogEntry(old)).toEqual(old);
    expect(parseLogEntry({ ...old, disturbance: 11 })).toBeUndefined();
    expect(parseLogEntry({ ...old, trigger: 'moon' })).toBeUndefined();
    expect(parseLogEntry({ ...old, trigger: 'cold', disturbance: 0 })).toMatchObject({ trigger: 'cold' });
  });
});

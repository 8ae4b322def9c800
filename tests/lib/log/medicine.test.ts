import { describe, expect, it } from 'vitest';
import {
  localDayKey,
  localDayStart,
  type Medicine,
  medicineChanges,
  medicineFromDraft,
  parseMedicine,
} from '@/lib/log/medicine';
import { inTimeZone } from '../../support/timeZone';
import { now } from './fixtures';

const medicine = (id: string, name: string, startedOn: string, stoppedOn?: string): Medicine => ({
  id,
  name,
  purpose: 'cramps',
  startedOn,
  ...(stoppedOn ? { stoppedOn } : {}),
  createdAt: now,
  updatedAt: now,
});

describe('medicine days', () => {
  // Madrid changes clocks on 29 March and 25 October 2026: both days are in the sweep.
  inTimeZone('Europe/Madrid');

  it('turns a time into its local day and back to that day’s local midnight', () => {
    const now = new Date(2026, 10, 24, 12).getTime();
    expect(localDayKey(now)).toBe('2026-11-24');
    expect(localDayStart('2026-11-24')).toBe(new Date(2026, 10, 24).getTime());
    // A minute before local midnight is still the day before.
    expect(localDayKey(new Date(2026, 10, 24).getTime() - 60_000)).toBe('2026-11-23');
  });

  it('round-trips every day of a year, daylight-saving changes included', () => {
    for (let d = new Date(2026, 0, 1); d.getFullYear() === 2026; d.setDate(d.getDate() + 1)) {
      const key = localDayKey(d.getTime());
      expect(localDayKey(localDayStart(key))).toBe(key);
      expect(localDayStart(key)).toBe(d.getTime());
    }
    // The day clocks went forward has 23 hours.
    expect(localDayStart('2026-03-30') - localDayStart('2026-03-29')).toBe(23 * 3_600_000);
  });
});

describe('medicineChanges', () => {
  it('lists starts and stops oldest first; a start before a stop on the same day', () => {
    const changes = medicineChanges([
      medicine('b', 'B', '2026-11-10'),
      medicine('a', 'A', '2026-10-01', '2026-11-10'),
    ]);
    expect(changes.map((c) => `${c.on} ${c.kind} ${c.medicine.name}`)).toEqual([
      '2026-10-01 started A',
      '2026-11-10 started B',
      '2026-11-10 stopped A',
    ]);
  });
});

describe('medicineFromDraft', () => {
  it('builds a valid medicine, trims the dose note and leaves empty text out', () => {
    const made = medicineFromDraft(
      { name: ' Medicine A ', purpose: 'other', startedOn: '2026-11-01', doseNote: '  ' },
      now,
    );
    expect(made).toMatchObject({ name: 'Medicine A', purpose: 'other', startedOn: '2026-11-01' });
    expect(made).not.toHaveProperty('doseNote');
    expect(made).not.toHaveProperty('stoppedOn');
    expect(parseMedicine(made)).toEqual(made);
  });

  it('keeps the id and creation time of the medicine it replaces, and moves the edit time on', () => {
    const existing = medicine('m1', 'A', '2026-11-01');
    const edited = medicineFromDraft(
      { name: 'A', purpose: 'cramps', startedOn: '2026-11-01', stoppedOn: '2026-11-20', doseNote: 'as told' },
      now,
      existing,
    );
    expect(edited).toMatchObject({ id: 'm1', createdAt: now, stoppedOn: '2026-11-20', doseNote: 'as told' });
    expect(edited?.updatedAt).toBeGreaterThan(existing.updatedAt);
  });

  it('refuses no name, no start, and a stop before the start', () => {
    expect(medicineFromDraft({ name: ' ', purpose: 'cramps', startedOn: '2026-11-01' }, now)).toBeUndefined();
    expect(medicineFromDraft({ name: 'A', purpose: 'cramps', startedOn: '' }, now)).toBeUndefined();
    expect(
      medicineFromDraft(
        { name: 'A', purpose: 'cramps', startedOn: '2026-11-02', stoppedOn: '2026-11-01' },
        now,
      ),
    ).toBeUndefined();
  });
});

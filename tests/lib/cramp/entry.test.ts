import { describe, expect, it } from 'vitest';
import { crampNowDraft } from '@/lib/cramp/entry';
import { entryFromDraft, parseLogEntry } from '@/lib/log/entry';

const startedAt = Date.UTC(2026, 10, 3, 7, 30);

describe('the log entry Cramp now saves', () => {
  it('records when it started, where, the side, reciprocal inhibition, the answer and how long it took', () => {
    const draft = crampNowDraft({
      startedAt,
      place: 'calf',
      side: 'left',
      helped: 'better',
      endedAt: startedAt + 95_000,
    });
    expect(draft).toEqual({
      at: startedAt,
      place: 'calf',
      side: 'left',
      tried: ['reciprocal'],
      helped: 'better',
      durationMinutes: 1.6,
    });
    // It is a valid stored entry.
    expect(parseLogEntry(entryFromDraft(draft, startedAt + 95_000))).toBeDefined();
  });

  it('leaves the side out when none was given, and never has a negative duration', () => {
    const draft = crampNowDraft({ startedAt, place: 'jaw', helped: 'worse', endedAt: startedAt - 5000 });
    expect(draft.side).toBeUndefined();
    expect('side' in draft).toBe(false);
    expect(draft.durationMinutes).toBe(0);
  });
});

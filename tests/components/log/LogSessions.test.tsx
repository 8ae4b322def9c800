import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LogClinicSummary } from '@/components/log/LogClinicSummary';
import { LogList } from '@/components/log/LogList';
import type { ContrastSessionRecord } from '@/lib/contrast/history';
import { entryFromContrastSession } from '@/lib/log/contrastSync';
import type { LogEntry } from '@/lib/log/entry';
import { sessionTotals } from '@/lib/log/sessions';

const now = Date.UTC(2026, 10, 20, 12);
const entry = (id: string, record: Partial<ContrastSessionRecord>): LogEntry => {
  const made = entryFromContrastSession({
    id,
    startedAt: now - 3 * 3_600_000,
    endedAt: now - 2 * 3_600_000,
    phasesCompleted: 7,
    totalPhases: 7,
    outcome: 'finished',
    ...record,
  });
  if (!made) throw new Error('not an entry');
  return made;
};
const skippedTwo = entry('a', { outcome: 'stopped', phasesCompleted: 3, phasesSkipped: 2 });
const skippedOne = entry('b', { outcome: 'finished', phasesCompleted: 6, phasesSkipped: 1 });
// Recorded before skipped phases were kept: nothing is said of skips.
const old = entry('c', { outcome: 'stopped', phasesCompleted: 2 });

describe('the log shows skipped phases honestly', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    act(() => render(null, root));
    root.remove();
    vi.restoreAllMocks();
  });

  it('the session list says how many phases ran and how many were skipped', () => {
    const noop = async () => {};
    act(() =>
      render(
        <LogList
          entries={[skippedTwo, skippedOne, old]}
          total={3}
          onShowMore={() => {}}
          onEdit={noop}
          onDelete={noop}
        />,
        root,
      ),
    );
    const lines = [...root.querySelectorAll('.log-item-when')].map((p) => p.textContent?.split(' · ')[1]);
    expect(lines).toEqual([
      'stopped, 3 of 7 phases done, 2 skipped',
      'finished, 6 of 7 phases done, 1 skipped',
      'stopped, 2 of 7 phases done',
    ]);
  });

  it('the clinic summary adds up phases done and skipped', () => {
    window.print = vi.fn();
    act(() =>
      render(
        <LogClinicSummary
          entries={[skippedTwo, skippedOne, old]}
          now={now}
          medicines={[]}
          onClose={() => {}}
        />,
        root,
      ),
    );
    const sessions = root.querySelector('.clinic-sessions');
    expect(sessions?.textContent).toMatch(/: 3 · Phases in those sessions: 11 of 21 done, 3 skipped$/);
  });

  it('adds up the sessions and their phases', () => {
    expect(sessionTotals([skippedTwo, old])).toEqual({
      sessions: 2,
      phasesCompleted: 5,
      totalPhases: 14,
      phasesSkipped: 2,
    });
  });
});

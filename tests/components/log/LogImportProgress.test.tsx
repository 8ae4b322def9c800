import 'fake-indexeddb/auto';
import { options, render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LogImportProgress } from '@/components/log/LogImportProgress';
import { LogView } from '@/components/log/LogView';
import type { ImportOutcome, ImportProgress } from '@/lib/log/importBackup';
import { getLogStore } from '@/lib/log/panelStore';

// The import is driven by hand: the test is the worker, sending progress as often as it likes.
const job = vi.hoisted(() => ({
  onProgress: (_progress: unknown) => {},
  finish: (_outcome: unknown) => {},
}));
vi.mock('@/lib/log/backupClient', () => ({
  startExport: vi.fn(),
  startImport: (_file: unknown, _store: unknown, onProgress: (progress: unknown) => void) => {
    job.onProgress = onProgress;
    return {
      done: new Promise((resolve) => {
        job.finish = resolve;
      }),
      cancel: () => {},
    };
  },
}));

describe('import progress', () => {
  let root: HTMLElement;
  /** Renders (diffs) of each component since the count was last reset. */
  const renders = new Map<unknown, number>();
  const previousDiffed = options.diffed;

  const settle = async () => {
    for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  };
  // A button's name as assistive technology reads it: aria-hidden parts (the tick) left out.
  const nameOf = (b: HTMLElement) =>
    [...b.childNodes]
      .filter((n) => !(n instanceof HTMLElement && n.getAttribute('aria-hidden') === 'true'))
      .map((n) => n.textContent)
      .join('')
      .trim();
  const button = (name: string) => {
    const found = [...root.querySelectorAll('button')].find((b) => nameOf(b) === name);
    if (!found) throw new Error(`No button ${name}`);
    return found;
  };

  beforeEach(async () => {
    await (await getLogStore()).deleteAll();
    options.diffed = (vnode: VNode) => {
      renders.set(vnode.type, (renders.get(vnode.type) ?? 0) + 1);
      previousDiffed?.(vnode);
    };
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<LogView />, root));
    await settle();
  });
  afterEach(() => {
    options.diffed = previousDiffed;
    act(() => render(null, root));
    root.remove();
  });

  it('updates the bar alone: the log view does not re-render per progress update', async () => {
    await act(() => button('Your data').click());
    await settle();
    const input = root.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'b.json')], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    const bar = () => root.querySelector('[role="progressbar"]');
    expect(bar()?.getAttribute('aria-valuetext')).toBe('Reading the file…');

    renders.clear();
    const total = 80_000;
    const updates: Extract<ImportProgress, { done: number }>[] = [];
    for (let done = 0; done <= total; done += 8000) updates.push({ phase: 'checking', done, total });
    for (let done = 0; done <= total; done += 8000) updates.push({ phase: 'saving', done, total });
    for (const progress of updates) {
      await act(() => job.onProgress(progress));
      const shown = progress.phase === 'checking' ? 'Checking entries' : 'Saving entries';
      expect(bar()?.getAttribute('aria-valuenow')).toBe(String(progress.done));
      expect(bar()?.getAttribute('aria-valuetext')).toContain(shown);
    }
    // Every update reached the bar, and none re-rendered the view around it.
    expect(renders.get(LogImportProgress)).toBe(updates.length);
    expect(renders.get(LogView) ?? 0).toBe(0);

    const outcome: ImportOutcome = { kind: 'imported', result: { added: total, updated: 0, unchanged: 0 } };
    await act(() => job.finish(outcome));
    await settle();
    expect(bar()).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Imported: 80000 new');
  });
});

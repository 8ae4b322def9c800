import { render } from 'preact';
import { act } from 'preact/test-utils';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useStoredItem } from '@/components/common/useStoredItem';
import { type Checked, defineStoredItem } from '@/lib/storage/storedItem';
import { until } from '../../support/until';

const item = defineStoredItem('local:hookCount', {
  schema: v.object({ count: v.number() }),
  fallback: { count: 0 },
});

let root: HTMLElement;
let seen: (Checked<{ count: number }> | undefined)[];
let save: (value: { count: number }) => Promise<void>;

function Probe() {
  const [checked, write] = useStoredItem(item);
  seen.push(checked);
  save = write;
  return <p>{checked ? `${checked.value.count}${checked.corrupt ? ' corrupt' : ''}` : 'reading'}</p>;
}

const shown = () => root.textContent ?? '';
const mount = () => act(() => render(<Probe />, root));

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  seen = [];
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

describe('useStoredItem', () => {
  it('is undefined until read, then gives the stored value checked', async () => {
    await fakeBrowser.storage.local.set({ hookCount: { count: 4 } });
    await mount();
    expect(seen[0]).toBeUndefined();
    await until(() => shown() === '4', 'the stored value');
    expect(seen.at(-1)).toEqual({ value: { count: 4 }, corrupt: false });
  });

  it('follows each change, checked: a corrupt one shows the fallback, flagged, and leaves it stored', async () => {
    await mount();
    await until(() => shown() === '0', 'the fallback for nothing stored');
    await act(() => fakeBrowser.storage.local.set({ hookCount: { count: 7 } }));
    await until(() => shown() === '7', 'the change');
    await act(() => fakeBrowser.storage.local.set({ hookCount: { count: 'seven' } }));
    await until(() => shown() === '0 corrupt', 'the corrupt change');
    expect(await fakeBrowser.storage.local.get('hookCount')).toEqual({ hookCount: { count: 'seven' } });
  });

  it('never shows a read that answers after a change over that change', async () => {
    await fakeBrowser.storage.local.set({ hookCount: { count: 1 } });
    let answer: (value: unknown) => void = () => {};
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementationOnce(async (keys) => {
      const old = await get(keys);
      await new Promise((resolve) => {
        answer = resolve;
      });
      return old;
    });
    await mount();
    await act(() => fakeBrowser.storage.local.set({ hookCount: { count: 2 } }));
    await until(() => shown() === '2', 'the change');
    answer(undefined);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(shown()).toBe('2');
  });

  it('shows a saved value at once and writes it; a refused write rejects for the caller', async () => {
    await mount();
    await until(() => shown() === '0', 'first read');
    await act(() => save({ count: 3 }));
    expect(shown()).toBe('3');
    expect(await fakeBrowser.storage.local.get('hookCount')).toEqual({ hookCount: { count: 3 } });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    let refused: unknown;
    await act(async () => {
      await save({ count: 9 }).catch((error: unknown) => {
        refused = error;
      });
    });
    expect(refused).toBeInstanceOf(Error);
  });

  it('stops following once unmounted', async () => {
    await mount();
    await until(() => shown() === '0', 'first read');
    await act(() => render(null, root));
    const renders = seen.length;
    await fakeBrowser.storage.local.set({ hookCount: { count: 5 } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.length).toBe(renders);
  });
});

import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChoiceGroup, nextChoiceIndex } from '@/components/common/ChoiceGroup';

describe('nextChoiceIndex', () => {
  it.each([
    ['ArrowRight', 0, 3, 1],
    ['ArrowDown', 2, 3, 0],
    ['ArrowLeft', 0, 3, 2],
    ['ArrowUp', 1, 3, 0],
    ['Home', 2, 3, 0],
    ['End', 0, 3, 2],
    ['a', 0, 3, undefined],
    ['ArrowRight', 0, 0, undefined],
  ])('%s from %i of %i goes to %s', (key, from, count, to) => {
    expect(nextChoiceIndex(key, from, count)).toBe(to);
  });
});

describe('ChoiceGroup', () => {
  let root: HTMLElement;
  let chosen: number | undefined;
  let submits = 0;
  function Single(props: { initial?: number }) {
    const [value, setValue] = useState(props.initial);
    chosen = value;
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submits++;
        }}
      >
        <ChoiceGroup<number>
          legend="How bad"
          digits
          options={Array.from({ length: 11 }, (_, i) => ({ value: i, label: String(i) }))}
          isChosen={(v) => v === value}
          onChoose={setValue}
          onClear={() => setValue(undefined)}
        />
      </form>
    );
  }
  const radios = () => [...root.querySelectorAll<HTMLButtonElement>('[role="radio"]')];
  const tabStops = () => radios().filter((b) => b.tabIndex === 0);
  const text = (b: HTMLElement) => b.textContent?.replace('✓', '').trim();
  const key = (target: Element, k: string) =>
    act(() => {
      target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    });

  beforeEach(() => {
    chosen = undefined;
    submits = 0;
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    act(() => render(null, root));
    root.remove();
  });

  it('is one Tab stop: the first option when none is chosen, else the chosen one', () => {
    act(() => render(<Single />, root));
    expect(root.querySelector('[role="radiogroup"]')?.getAttribute('aria-labelledby')).toBeTruthy();
    expect(tabStops().map(text)).toEqual(['0']);
    act(() => render(null, root));
    act(() => render(<Single initial={4} />, root));
    expect(tabStops().map(text)).toEqual(['4']);
    expect(radios()[4]?.getAttribute('aria-checked')).toBe('true');
  });

  it('arrows move and choose; pressing the chosen one clears it; Enter submits the form', async () => {
    act(() => render(<Single initial={4} />, root));
    await key(radios()[4] as Element, 'ArrowRight');
    expect(chosen).toBe(5);
    expect(document.activeElement).toBe(radios()[5]);
    expect(tabStops().map(text)).toEqual(['5']);
    await key(radios()[5] as Element, 'ArrowLeft');
    await key(radios()[4] as Element, 'End');
    expect(chosen).toBe(10);
    act(() => radios()[10]?.click());
    expect(chosen).toBeUndefined();
    await key(radios()[10] as Element, 'Enter');
    expect(submits).toBe(1);
  });

  it('takes a typed number, "1" then "0" as 10, and keeps digits from the panel shortcuts', async () => {
    act(() => render(<Single />, root));
    let reachedDocument = 0;
    const onDocument = () => reachedDocument++;
    document.addEventListener('keydown', onDocument);
    await key(radios()[0] as Element, '7');
    expect(chosen).toBe(7);
    await key(radios()[7] as Element, '1');
    expect(chosen).toBe(1);
    await key(radios()[1] as Element, '0');
    expect(chosen).toBe(10);
    document.removeEventListener('keydown', onDocument);
    expect(reachedDocument).toBe(0);
  });

  it('as a multiple-choice group: arrows, Home and End only move focus, clicks toggle', async () => {
    const picked = new Set<string>();
    function Multi() {
      const [, redraw] = useState(0);
      return (
        <ChoiceGroup<string>
          legend="Tried"
          multiple
          options={['a', 'b', 'c'].map((value) => ({ value, label: value }))}
          isChosen={(v) => picked.has(v)}
          onChoose={(v) => {
            if (picked.has(v)) picked.delete(v);
            else picked.add(v);
            redraw((n) => n + 1);
          }}
        />
      );
    }
    act(() => render(<Multi />, root));
    const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('button[aria-pressed]')];
    expect(buttons().filter((b) => b.tabIndex === 0)).toHaveLength(1);
    await key(buttons()[0] as Element, 'ArrowRight');
    expect(picked.size).toBe(0);
    expect(document.activeElement).toBe(buttons()[1]);
    // The Tab stop follows focus (the toolbar pattern): Tab back into the group lands where it was left.
    expect(buttons().filter((b) => b.tabIndex === 0)).toEqual([buttons()[1]]);
    await key(buttons()[1] as Element, 'End');
    expect(document.activeElement).toBe(buttons()[2]);
    await key(buttons()[2] as Element, 'Home');
    expect(document.activeElement).toBe(buttons()[0]);
    await key(buttons()[0] as Element, 'ArrowRight');
    expect(picked.size).toBe(0);
    act(() => buttons()[1]?.click());
    act(() => buttons()[2]?.click());
    expect([...picked]).toEqual(['b', 'c']);
    expect(buttons()[1]?.getAttribute('aria-pressed')).toBe('true');
    act(() => buttons()[1]?.click());
    expect([...picked]).toEqual(['c']);
  });
});

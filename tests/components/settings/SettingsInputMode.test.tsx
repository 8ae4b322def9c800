import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isPrintableKey, SettingsInputMode } from '@/components/settings/SettingsInputMode';
import { inputModeStorage } from '@/lib/settings/inputMode';
import { inputMode } from '@/lib/settings/inputModeModel';

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('SettingsInputMode', () => {
  let root: HTMLElement;
  beforeEach(async () => {
    fakeBrowser.reset();
    inputMode.value = null;
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<SettingsInputMode />, root));
    await settle();
  });
  afterEach(() => {
    act(() => render(null, root));
    root.remove();
  });

  const choose = async (mode: string) => {
    act(() => root.querySelector<HTMLInputElement>(`[data-choice="inputMode-${mode}"] input`)?.click());
    await settle();
  };
  const buttons = () => [...root.querySelectorAll('.settings-key button')].map((b) => b.textContent);
  const timings = () => [...root.querySelectorAll('.settings-timing input')].map((i) => i.id);

  it('offers the five ways, and shows keys and timings only for the mode they belong to', async () => {
    expect(root.querySelectorAll('input[type=radio]').length).toBe(5);
    expect(buttons()).toEqual([]);
    expect(timings()).toEqual([]);
    await choose('two-switches');
    expect(buttons()).toEqual(['Move key: Space', 'Select key: Enter']);
    expect(timings()).toEqual(['settings-input-debounceMs']);
    await choose('one-switch');
    expect(buttons()).toEqual(['Select key: Enter']);
    expect(timings()).toEqual([
      'settings-input-itemMs',
      'settings-input-firstItemExtraMs',
      'settings-input-loops',
      'settings-input-debounceMs',
    ]);
    await choose('dwell');
    expect(buttons()).toEqual([]);
    expect(timings()).toEqual(['settings-input-dwellMs']);
    await expect(inputModeStorage.getValue()).resolves.toMatchObject({ mode: 'dwell', offered: true });
  });

  it('takes a new switch key from the next key pressed, and Escape keeps the old one', async () => {
    await choose('two-switches');
    const move = root.querySelector<HTMLButtonElement>('.settings-key button') as HTMLButtonElement;
    act(() => move.click());
    expect(move.dataset.keyCapture).toBe('listening');
    act(() => {
      move.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await settle();
    expect(buttons()[0]).toBe('Move key: Space');
    act(() => move.click());
    act(() => {
      move.dispatchEvent(new KeyboardEvent('keydown', { key: 'F8', bubbles: true }));
    });
    await settle();
    expect(buttons()[0]).toBe('Move key: F8');
    await expect(inputModeStorage.getValue()).resolves.toMatchObject({ moveKey: 'F8' });
  });

  it('says a printable select key cannot be typed into a text field while scanning', async () => {
    await choose('two-switches');
    const note = () => root.querySelector('.settings-key p')?.textContent ?? null;
    expect(note()).toBeNull();
    const select = root.querySelectorAll<HTMLButtonElement>('.settings-key button')[1] as HTMLButtonElement;
    const setSelect = async (key: string) => {
      act(() => select.click());
      act(() => {
        select.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      });
      await settle();
    };
    await setSelect('a');
    expect(buttons()[1]).toBe('Select key: a');
    expect(note()).toBe(
      'With switches, “a” cannot be typed into a text field: pressing it there leaves the field.',
    );
    // Said with the key's button by a screen reader.
    const described = select.getAttribute('aria-describedby') ?? '';
    expect(root.querySelector(`[id="${described}"]`)?.textContent).toBe(note());
    // One switch shows the select key alone, with its note.
    await choose('one-switch');
    expect(note()).toContain('“a”');
    await choose('two-switches');
    await setSelect('F8');
    expect(note()).toBeNull();
    expect(select.hasAttribute('aria-describedby')).toBe(false);
  });

  it('counts a letter, digit, punctuation or Space as printable, a named key not', () => {
    for (const key of ['a', 'Z', '7', '.', ',', ' ', 'ñ']) expect(isPrintableKey(key), key).toBe(true);
    for (const key of ['Enter', 'F8', 'ArrowDown', 'Dead', 'Escape'])
      expect(isPrintableKey(key), key).toBe(false);
  });

  it('keeps a typed time in its range and stores it in milliseconds', async () => {
    await choose('one-switch');
    const item = root.querySelector<HTMLInputElement>('#settings-input-itemMs') as HTMLInputElement;
    expect(item.value).toBe('1');
    act(() => {
      item.value = '9';
      item.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(item.value).toBe('5');
    await expect(inputModeStorage.getValue()).resolves.toMatchObject({ itemMs: 5000 });
  });
});

import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defaultInputMode,
  inputModeStorage,
  needsAccessLayer,
  normalizeInputMode,
} from '@/lib/settings/inputMode';

describe('input mode setting', () => {
  it.each([null, undefined, 'dwell', 42, []])('gives the defaults for junk (%j)', (junk) => {
    expect(normalizeInputMode(junk)).toEqual(defaultInputMode);
  });
  it('keeps the mode when one timing is out of range', () => {
    expect(normalizeInputMode({ ...defaultInputMode, mode: 'one-switch', itemMs: 99_999 })).toEqual({
      ...defaultInputMode,
      mode: 'one-switch',
    });
  });
  it('loads the access layer only for switches and dwell', () => {
    expect(
      ['pointer', 'keyboard', 'two-switches', 'one-switch', 'dwell'].map((m) => needsAccessLayer(m as never)),
    ).toEqual([false, false, true, true, true]);
  });
  it('is stored in sync', async () => {
    fakeBrowser.reset();
    await inputModeStorage.setValue({ ...defaultInputMode, mode: 'dwell' });
    expect((await fakeBrowser.storage.sync.get('inputMode')).inputMode).toMatchObject({ mode: 'dwell' });
  });
});

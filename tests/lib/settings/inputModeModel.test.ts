import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultInputMode, inputModeStorage } from '@/lib/settings/inputMode';
import { changeInputMode, inputMode, startInputMode } from '@/lib/settings/inputModeModel';

describe('input mode model', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    inputMode.value = null;
  });

  it('reads the stored setting, made safe, and follows changes from elsewhere', async () => {
    await fakeBrowser.storage.sync.set({ inputMode: { ...defaultInputMode, mode: 'one-switch', itemMs: 1 } });
    const stop = startInputMode();
    await vi.waitFor(() => expect(inputMode.value?.mode).toBe('one-switch'));
    expect(inputMode.value?.itemMs).toBe(defaultInputMode.itemMs);
    await fakeBrowser.storage.sync.set({ inputMode: { ...defaultInputMode, mode: 'dwell' } });
    await vi.waitFor(() => expect(inputMode.value?.mode).toBe('dwell'));
    stop();
  });

  it('applies a change at once and saves it to sync', async () => {
    await expect(changeInputMode({ mode: 'two-switches', moveKey: 'a' })).resolves.toBe(true);
    expect(inputMode.value).toMatchObject({ mode: 'two-switches', moveKey: 'a' });
    await expect(inputModeStorage.getValue()).resolves.toMatchObject({ mode: 'two-switches', moveKey: 'a' });
  });

  it('puts the previous setting back when sync refuses the write', async () => {
    await changeInputMode({ mode: 'dwell' });
    const spy = vi.spyOn(inputModeStorage, 'setValue').mockRejectedValueOnce(new Error('quota'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => undefined);
    await expect(changeInputMode({ mode: 'one-switch' })).resolves.toBe(false);
    expect(inputMode.value?.mode).toBe('dwell');
    spy.mockRestore();
  });
});

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AlertSettingsForm } from '@/components/timer/AlertSettingsForm';
import { alertSettingsStorage, defaultAlertSettings } from '@/lib/contrast/settings';

async function until(test: () => boolean) {
  for (let i = 0; i < 100 && !test(); i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
}

describe('AlertSettingsForm', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    act(() => render(null, root));
    root.remove();
  });
  const checkbox = (label: string) =>
    [...root.querySelectorAll('label')].find((l) => l.textContent?.includes(label))?.querySelector('input');

  it('speech is off by default; turning it on is saved to the synced item at once', async () => {
    act(() => render(<AlertSettingsForm />, root));
    await until(() => Boolean(checkbox('Speak the prompts aloud')));
    const speech = checkbox('Speak the prompts aloud') as HTMLInputElement;
    expect(speech.checked).toBe(false);
    await act(async () => speech.click());
    await until(() => root.textContent?.includes('Alert settings saved.') ?? false);
    expect(await alertSettingsStorage.getValue()).toEqual({ ...defaultAlertSettings, speech: true });
  });

  it('keeps the previous choice and says so when the synced write is refused', async () => {
    act(() => render(<AlertSettingsForm />, root));
    await until(() => Boolean(checkbox('Speak the prompts aloud')));
    const refuse = vi
      .spyOn(alertSettingsStorage, 'setValue')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await act(async () => (checkbox('Speak the prompts aloud') as HTMLInputElement).click());
    await until(() => root.textContent?.includes('could not be saved') ?? false);
    expect(refuse).toHaveBeenCalled();
    expect((checkbox('Speak the prompts aloud') as HTMLInputElement).checked).toBe(false);
    expect(await alertSettingsStorage.getValue()).toEqual(defaultAlertSettings);
    refuse.mockRestore();
  });

  it('shows a notice for corrupt stored alert settings and offers the defaults', async () => {
    await alertSettingsStorage.setValue({ sound: 'loud' } as never);
    act(() => render(<AlertSettingsForm />, root));
    await until(() => root.textContent?.includes('could not be read') ?? false);
    expect((checkbox('Play a chime') as HTMLInputElement).checked).toBe(true);
    expect(root.querySelector('button')?.textContent).toBe('Test sound');
  });
});

import { signal } from '@preact/signals';
import { type InputModeSettings, inputModeStorage, normalizeInputMode } from './inputMode';

/**
 * The "How I use the panel" settings in effect on this page: null until read (the default pointer
 * mode needs nothing, so nothing waits for it). One panel, one set: a module-level model.
 */
export const inputMode = signal<InputModeSettings | null>(null);

let unwatch: (() => void) | undefined;

/**
 * Reads the setting and follows changes made elsewhere (Settings in another panel, another synced
 * browser). Safe to call more than once; returns the function that stops following.
 */
export function startInputMode(): () => void {
  if (!unwatch) {
    const stop = inputModeStorage.watchChecked(({ value }) => {
      inputMode.value = value;
    });
    unwatch = () => {
      stop();
      unwatch = undefined;
    };
    // Storage that does not answer leaves it unread (null), as before the read: nothing is offered.
    void inputModeStorage.load().then(({ value, failed }) => {
      if (!failed) inputMode.value = value;
    });
  }
  return unwatch;
}

/**
 * Changes some of the settings: applied at once, then saved to sync. A refused write (quota) puts the
 * previous settings back and resolves false.
 */
export async function changeInputMode(patch: Partial<InputModeSettings>): Promise<boolean> {
  const previous = inputMode.value ?? (await inputModeStorage.load()).value;
  const next = normalizeInputMode({ ...previous, ...patch });
  inputMode.value = next;
  try {
    await inputModeStorage.setValue(next);
    return true;
  } catch (error) {
    console.error('Spasm Relief: the input mode was not saved', error);
    inputMode.value = previous;
    return false;
  }
}

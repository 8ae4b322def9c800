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
    const stop = inputModeStorage.watch((stored) => {
      inputMode.value = normalizeInputMode(stored);
    });
    unwatch = () => {
      stop();
      unwatch = undefined;
    };
    inputModeStorage.getValue().then(
      (stored) => {
        inputMode.value = normalizeInputMode(stored);
      },
      (error: unknown) => console.error('Spasm Relief: the input mode could not be read', error),
    );
  }
  return unwatch;
}

/**
 * Changes some of the settings: applied at once, then saved to sync. A refused write (quota) puts the
 * previous settings back and resolves false.
 */
export async function changeInputMode(patch: Partial<InputModeSettings>): Promise<boolean> {
  const previous = inputMode.value ?? normalizeInputMode(await inputModeStorage.getValue());
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

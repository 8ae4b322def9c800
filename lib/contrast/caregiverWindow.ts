import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';

/** The large-print alert window for a caregiver across the room. */
const alertPage = '/alert.html';

/** The caregiver window's id, so a new alert focuses it instead of opening another (no "tabs" permission). */
const caregiverWindowStorage = storage.defineItem<number | null>('local:contrastCaregiverWindow', {
  fallback: null,
  version: 1,
});

/** Opens (or focuses) the caregiver window. Never throws. */
export async function openCaregiverWindow(): Promise<void> {
  try {
    const id = await caregiverWindowStorage.getValue();
    if (typeof id === 'number') {
      try {
        await browser.windows.update(id, { focused: true, drawAttention: true });
        return;
      } catch {
        // Closed since: open a new one.
      }
    }
    const created = await browser.windows.create({
      url: browser.runtime.getURL(alertPage),
      type: 'popup',
      width: 560,
      height: 420,
      focused: true,
    });
    await caregiverWindowStorage.setValue(created?.id ?? null);
  } catch (error) {
    console.error('Spasm Relief: could not open the caregiver window', error);
  }
}

import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { defineStoredItem } from '@/lib/storage/storedItem';

/** The large-print alert window for a caregiver across the room. */
const alertPage = '/alert.html';

/** The caregiver window's id, so a new alert focuses it instead of opening another (no "tabs" permission). */
export const caregiverWindowStorage = defineStoredItem('local:contrastCaregiverWindow', {
  schema: v.nullable(v.number()),
  fallback: null,
  version: 1,
});

/** Opens (or focuses) the caregiver window. Never throws. */
export async function openCaregiverWindow(): Promise<void> {
  try {
    const id = (await caregiverWindowStorage.load()).value;
    if (id !== null) {
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

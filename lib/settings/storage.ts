import { defineStoredItem } from '@/lib/storage/storedItem';
import {
  type AppearanceSettings,
  appearanceSchema,
  appearanceVersion,
  defaultAppearance,
  migrateAppearanceV1ToV2,
  type NormalizedAppearance,
  normalizeAppearance,
} from './appearance';

/**
 * Theme, text size and language. In `sync` so they follow the user to their other browsers; one small
 * item (well under sync's 8 KB per-item quota) so a change is one write.
 */
export const appearanceStorage = defineStoredItem('sync:appearance', {
  schema: appearanceSchema,
  fallback: defaultAppearance,
  version: appearanceVersion,
  migrations: { 2: migrateAppearanceV1ToV2 },
  check: (stored) => {
    const { settings, problems } = normalizeAppearance(stored);
    return { value: settings, corrupt: problems.length > 0 };
  },
});

/** Longest we wait for sync storage before showing the panel with defaults. */
const readTimeoutMs = 1500;

/** The result of reading settings; `failed` means storage itself did not answer. */
export interface LoadedAppearance extends NormalizedAppearance {
  failed: boolean;
}

/**
 * Reads the settings without ever throwing or hanging the panel: a storage error or a slow sync area
 * gives the defaults (and `failed`), a corrupt field gives its default (and a problem).
 */
export async function loadAppearance(): Promise<LoadedAppearance> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    // getValue waits for the item's migrations; a corrupt value comes back as stored (only an empty
    // item gives the fallback), so normalizeAppearance sees it and can report it.
    const stored = await Promise.race([
      appearanceStorage.getValue() as Promise<unknown>,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('sync storage timed out')), readTimeoutMs);
      }),
    ]);
    return { ...normalizeAppearance(stored), failed: false };
  } catch (error) {
    console.warn('Settings could not be read; using the defaults.', error);
    return { settings: { ...defaultAppearance }, problems: [], failed: true };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Writes the settings. Rejects when sync refuses (quota, too many writes a minute, disabled): the
 * caller keeps the previous value and says so. Fields this version does not know (written by a newer
 * version in another synced browser) are kept, so saving here never loses them.
 */
export async function saveAppearance(settings: AppearanceSettings): Promise<void> {
  const stored: unknown = await appearanceStorage.getValue().catch(() => undefined);
  const unknownFields =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored)
      ? Object.fromEntries(Object.entries(stored).filter(([field]) => !(field in defaultAppearance)))
      : {};
  await appearanceStorage.setValue({ ...unknownFields, ...settings });
}

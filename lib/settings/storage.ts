import { type Checked, defineStoredItem } from '@/lib/storage/storedItem';
import {
  type AppearanceSettings,
  appearanceSchema,
  appearanceVersion,
  defaultAppearance,
  migrateAppearanceV1ToV2,
  type NormalizedAppearance,
  normalizeAppearance,
} from './appearance';

/** Stored settings made safe field by field: which fields were reset, and the value as stored. */
export interface CheckedAppearance
  extends Checked<AppearanceSettings>,
    Pick<NormalizedAppearance, 'problems'> {
  /** For a save that keeps the fields this version does not know (a newer one in another synced browser). */
  stored: unknown;
}

/**
 * Theme, text size and language. In `sync` so they follow the user to their other browsers; one small
 * item (well under sync's 8 KB per-item quota) so a change is one write.
 */
export const appearanceStorage = defineStoredItem('sync:appearance', {
  schema: appearanceSchema,
  fallback: defaultAppearance,
  version: appearanceVersion,
  migrations: { 2: migrateAppearanceV1ToV2 },
  check: (stored): CheckedAppearance => {
    const { settings, problems } = normalizeAppearance(stored);
    return { value: settings, corrupt: problems.length > 0, problems, stored };
  },
});

/** Longest we wait for sync storage before showing the panel with defaults. */
const readTimeoutMs = 1500;

/**
 * Reads the settings without ever throwing or hanging the panel: a storage error or a slow sync area
 * gives the defaults (and `failed`), a corrupt field gives its default (and a problem). It waits for
 * the item's migrations, then checks the value field by field.
 */
export function loadAppearance(): Promise<CheckedAppearance> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    appearanceStorage.load(),
    new Promise<CheckedAppearance>((resolve) => {
      timer = setTimeout(
        () => resolve({ ...appearanceStorage.check(null), corrupt: true, failed: true }),
        readTimeoutMs,
      );
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Writes the settings. Rejects when sync refuses (quota, too many writes a minute, disabled): the
 * caller keeps the previous value and says so. Fields this version does not know (written by a newer
 * version in another synced browser) are kept, so saving here never loses them.
 */
export async function saveAppearance(settings: AppearanceSettings): Promise<void> {
  const { stored } = await appearanceStorage.load();
  const unknownFields =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored)
      ? Object.fromEntries(Object.entries(stored).filter(([field]) => !(field in defaultAppearance)))
      : {};
  await appearanceStorage.setValue({ ...unknownFields, ...settings });
}

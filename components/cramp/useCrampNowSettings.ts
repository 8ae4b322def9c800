import { type CrampNowSettings, type CrampWay, crampNowSettingsStorage } from '@/lib/cramp/way';
import { useStoredItem } from '../common/useStoredItem';

/**
 * The person's "Cramp now" settings, followed as they change (another panel, another synced browser),
 * and the way to remember a new way. A failed read shows the default way; a failed write keeps the
 * choice on screen for this flow.
 */
export function useCrampNowSettings(): [CrampNowSettings, (way: CrampWay) => void] {
  const [settings, save] = useStoredItem(crampNowSettingsStorage);
  const remember = (way: CrampWay) =>
    void save({ way }).catch((error: unknown) =>
      console.warn('Spasm Relief: could not remember the way', error),
    );
  return [settings?.value ?? {}, remember];
}

import { useEffect, useState } from 'preact/hooks';
import {
  type CrampNowSettings,
  type CrampWay,
  crampNowSettingsStorage,
  normalizeCrampNowSettings,
} from '@/lib/cramp/way';

/**
 * The person's "Cramp now" settings, followed as they change (another panel, another synced browser),
 * and the way to remember a new way. A failed read shows the default way; a failed write keeps the
 * choice on screen for this flow.
 */
export function useCrampNowSettings(): [CrampNowSettings, (way: CrampWay) => void] {
  const [settings, setSettings] = useState<CrampNowSettings>({});
  useEffect(() => {
    let live = true;
    crampNowSettingsStorage.getValue().then(
      (stored) => live && setSettings(normalizeCrampNowSettings(stored)),
      (error: unknown) => console.warn('Spasm Relief: Cramp now settings unreadable', error),
    );
    const unwatch = crampNowSettingsStorage.watch((stored) => setSettings(normalizeCrampNowSettings(stored)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const remember = (way: CrampWay) => {
    setSettings({ way });
    crampNowSettingsStorage
      .setValue({ way })
      .catch((error: unknown) => console.warn('Spasm Relief: could not remember the way', error));
  };
  return [settings, remember];
}

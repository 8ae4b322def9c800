import { useEffect, useRef, useState } from 'preact/hooks';
import { type AlertSettings, alertSettingsStorage, loadAlertSettings } from '@/lib/contrast/settings';
import { type MessageKey, t } from '@/lib/i18n';
import { playChimeHere } from '@/lib/platform/audio';

const switches: {
  key: 'sound' | 'repeatUntilAcknowledged' | 'speech' | 'caregiverPopup';
  label: MessageKey;
}[] = [
  { key: 'sound', label: 'timerSound' },
  { key: 'repeatUntilAcknowledged', label: 'timerRepeat' },
  { key: 'speech', label: 'timerSpeech' },
  { key: 'caregiverPopup', label: 'timerCaregiverPopup' },
];

/**
 * Sound on/off, volume, test sound, repeat-until-acknowledged, spoken prompts, caregiver window.
 * Self-contained: reads and writes its own synced item; each change is saved at once, as that one
 * field on top of what is stored then, and the form follows changes saved elsewhere while open.
 */
export function AlertSettingsForm() {
  const [settings, setSettings] = useState<AlertSettings | null>(null);
  const [corrupt, setCorrupt] = useState(false);
  const [status, setStatus] = useState('');

  // Writes go one after another, each reading the latest value first, so two quick changes both stay.
  const writes = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    const follow = ({ value, corrupt }: { value: AlertSettings; corrupt: boolean }) => {
      if (!live) return;
      setSettings(value);
      setCorrupt(corrupt);
    };
    // Nothing here is edited in steps (each switch saves at once), so the stored value is shown as it comes.
    const stop = alertSettingsStorage.watchChecked(follow);
    void loadAlertSettings().then(follow);
    return () => {
      live = false;
      stop();
    };
  }, []);
  if (!settings) return null;

  const update = (patch: Partial<AlertSettings>) => {
    setSettings({ ...settings, ...patch });
    setCorrupt(false);
    writes.current = writes.current.then(async () => {
      try {
        // Only this field, on top of what is stored now: another page's change stays.
        const { value: latest } = await loadAlertSettings();
        await alertSettingsStorage.setValue({ ...latest, ...patch });
        setStatus(t('timerAlertSettingsSaved'));
      } catch {
        // A refused sync write (quota, offline profile): the form shows what is stored and says so.
        const { value } = await loadAlertSettings();
        setSettings(value);
        setStatus(t('settingsSaveFailed'));
      }
    });
  };

  return (
    <fieldset class="timer-form" data-scan-group="alert-settings">
      <legend>{t('timerAlertSettingsTitle')}</legend>
      {corrupt && <p class="notice">{t('timerCorruptSettings')}</p>}
      {switches.map(({ key, label }) => (
        <label class="timer-switch" key={key}>
          <input
            type="checkbox"
            checked={settings[key]}
            onChange={(e) => update({ [key]: (e.currentTarget as HTMLInputElement).checked })}
          />
          {t(label)}
        </label>
      ))}
      <div class="timer-field">
        <label for="timer-volume">{t('timerVolume')}</label>
        <input
          id="timer-volume"
          type="range"
          min={0}
          max={100}
          step={10}
          value={settings.volume}
          onChange={(e) => update({ volume: Number((e.currentTarget as HTMLInputElement).value) })}
        />
      </div>
      <button
        type="button"
        class="big secondary"
        onClick={() => void playChimeHere(settings.volume).catch(() => undefined)}
      >
        {t('timerTestSound')}
      </button>
      <p role="status" class="timer-form-status">
        {status}
      </p>
    </fieldset>
  );
}

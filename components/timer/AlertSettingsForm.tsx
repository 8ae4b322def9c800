import { useEffect, useState } from 'preact/hooks';
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
 * Self-contained: reads and writes its own synced item; each change is saved at once.
 */
export function AlertSettingsForm() {
  const [settings, setSettings] = useState<AlertSettings | null>(null);
  const [corrupt, setCorrupt] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void loadAlertSettings().then(({ value, corrupt }) => {
      setSettings(value);
      setCorrupt(corrupt);
    });
  }, []);
  if (!settings) return null;

  const update = (patch: Partial<AlertSettings>) => {
    const previous = settings;
    const next = { ...settings, ...patch };
    setSettings(next);
    setCorrupt(false);
    // A refused sync write (quota, offline profile) puts the old choice back and says so.
    alertSettingsStorage.setValue(next).then(
      () => setStatus(t('timerAlertSettingsSaved')),
      () => {
        setSettings(previous);
        setStatus(t('settingsSaveFailed'));
      },
    );
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

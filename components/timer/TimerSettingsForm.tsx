import { useEffect, useState } from 'preact/hooks';
import {
  loadTimerSettings,
  planReadings,
  type TimerSettings,
  timerLimits,
  timerSettingsStorage,
} from '@/lib/contrast/settings';
import { type MessageKey, t } from '@/lib/i18n';
import { ChoiceGroup } from '../common/ChoiceGroup';
import { useTimerState } from './useTimerState';

const readingLabels: Record<(typeof planReadings)[number]['id'], MessageKey> = {
  sevenPhases: 'timerReadingSeven',
  ninePhases: 'timerReadingNine',
};

const fields: { key: keyof TimerSettings; label: MessageKey }[] = [
  { key: 'coldMinutes', label: 'timerColdMinutes' },
  { key: 'hotMinutes', label: 'timerHotMinutes' },
  { key: 'rounds', label: 'timerRounds' },
  { key: 'swapSeconds', label: 'timerSwapSeconds' },
  { key: 'hotReadyMinutes', label: 'timerHotReadyMinutes' },
  { key: 'endsSoonSeconds', label: 'timerEndsSoonSeconds' },
];

/** Parses one field; a whole number inside its limits, else null. */
export function parseSetting(key: keyof TimerSettings, text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  const { min, max } = timerLimits[key];
  return value >= min && value <= max ? value : null;
}

/**
 * The reading of "rotate three times", cold/warm minutes, rounds, swap step and heads-ups. Self-contained (reads and writes its own synced
 * item) so the Settings view can place it too. Out-of-range input gets an inline message and is never
 * saved; a running session keeps its own frozen plan.
 */
export function TimerSettingsForm() {
  const [texts, setTexts] = useState<Record<keyof TimerSettings, string> | null>(null);
  const [corrupt, setCorrupt] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<keyof TimerSettings, boolean>>>({});
  const [status, setStatus] = useState<'saved' | 'invalid' | 'refused' | null>(null);
  // "A session already running keeps its own times" only while one does (the Settings view shows
  // this form during a session too).
  const { state } = useTimerState();
  const sessionRuns =
    state.status === 'running' || state.status === 'paused' || state.status === 'interrupted';

  useEffect(() => {
    void loadTimerSettings().then(({ value, corrupt }) => {
      setCorrupt(corrupt);
      setTexts(Object.fromEntries(fields.map(({ key }) => [key, String(value[key])])) as never);
    });
  }, []);
  if (!texts) return null;

  const save = async (event: Event) => {
    event.preventDefault();
    const parsed: Partial<TimerSettings> = {};
    const nextErrors: typeof errors = {};
    for (const { key } of fields) {
      const value = parseSetting(key, texts[key]);
      if (value === null) nextErrors[key] = true;
      else parsed[key] = value;
    }
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length > 0) {
      setStatus('invalid');
      return;
    }
    try {
      await timerSettingsStorage.setValue(parsed as TimerSettings);
    } catch {
      // Sync refused (write quota, item quota, disabled): what is stored stays, and the form says so.
      setStatus('refused');
      return;
    }
    setCorrupt(false);
    setStatus('saved');
  };

  // One choice between the two readings of "rotate three times": it sets the warm phases and saves.
  const chooseReading = async (rounds: number) => {
    setTexts({ ...texts, rounds: String(rounds) });
    setErrors({ ...errors, rounds: false });
    try {
      const { value } = await loadTimerSettings();
      await timerSettingsStorage.setValue({ ...value, rounds });
    } catch {
      setStatus('refused');
      return;
    }
    setCorrupt(false);
    setStatus('saved');
  };

  return (
    <form
      class="timer-form"
      data-scan-group="timer-settings"
      onSubmit={save}
      noValidate
      aria-labelledby="timer-settings-title"
    >
      <h3 id="timer-settings-title">{t('timerSettingsTitle')}</h3>
      {corrupt && <p class="notice">{t('timerCorruptSettings')}</p>}
      <ChoiceGroup<number>
        legend={t('timerReadingLabel')}
        hint={t('timerReadingHint')}
        options={planReadings.map(({ id, rounds }) => ({ value: rounds, label: t(readingLabels[id]) }))}
        isChosen={(rounds) => texts.rounds.trim() === String(rounds)}
        onChoose={(rounds) => void chooseReading(rounds)}
      />
      {fields.map(({ key, label }) => {
        const id = `timer-setting-${key}`;
        const { min, max } = timerLimits[key];
        return (
          <div class="timer-field" key={key}>
            <label for={id}>{t(label)}</label>
            <input
              id={id}
              name={key}
              type="number"
              inputMode="numeric"
              min={min}
              max={max}
              step={1}
              value={texts[key]}
              aria-invalid={errors[key] ? 'true' : undefined}
              aria-describedby={errors[key] ? `${id}-error` : undefined}
              onInput={(e) => {
                setTexts({ ...texts, [key]: (e.currentTarget as HTMLInputElement).value });
                setStatus(null);
              }}
            />
            {errors[key] && (
              <p class="field-error" id={`${id}-error`}>
                {t('timerRangeError', [String(min), String(max)])}
              </p>
            )}
          </div>
        );
      })}
      <button type="submit" class="big secondary">
        {t('timerSave')}
      </button>
      <p role="status" class="timer-form-status">
        {status === 'saved'
          ? t(sessionRuns ? 'timerSavedRunning' : 'timerSaved')
          : status === 'invalid'
            ? t('timerNotSaved')
            : status === 'refused'
              ? t('settingsSaveFailed')
              : ''}
      </p>
    </form>
  );
}

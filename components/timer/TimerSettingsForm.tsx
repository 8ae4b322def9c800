import { useEffect, useRef, useState } from 'preact/hooks';
import {
  loadTimerSettings,
  planReadings,
  type TimerSettings,
  timerLimits,
  timerSettingsStorage,
} from '@/lib/contrast/settings';
import { type MessageKey, t } from '@/lib/i18n';
import { followLatest, mergeEdits } from '@/lib/settings/mergeEdits';
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

const labelOf = Object.fromEntries(fields.map(({ key, label }) => [key, label])) as Record<
  keyof TimerSettings,
  MessageKey
>;

type Texts = Record<keyof TimerSettings, string>;
const toTexts = (value: TimerSettings) =>
  Object.fromEntries(fields.map(({ key }) => [key, String(value[key])])) as Texts;

/**
 * The reading of "rotate three times", cold/warm minutes, rounds, swap step and heads-ups. Self-contained (reads and writes its own synced
 * item) so the Settings view can place it too. Out-of-range input gets an inline message and is never
 * saved; a running session keeps its own frozen plan. It follows the stored value while open (another
 * panel, a synced browser): untouched fields update, a field being edited keeps the edit (and a notice
 * says it changed elsewhere), and Save writes only the edited fields on top of the value stored then.
 */
export function TimerSettingsForm() {
  const [texts, setTextsState] = useState<Texts | null>(null);
  // The stored value the form last took in: a field still showing it is untouched (lib/settings/mergeEdits.ts).
  const baseline = useRef<TimerSettings | null>(null);
  const current = useRef<Texts | null>(null);
  const setTexts = (next: Texts) => {
    current.current = next;
    setTextsState(next);
  };
  const [corrupt, setCorrupt] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<keyof TimerSettings, boolean>>>({});
  const [status, setStatus] = useState<'saved' | 'invalid' | 'refused' | null>(null);
  // Fields edited here that another page changed underneath; one polite notice, replaced, not repeated.
  const [conflicts, setConflicts] = useState<(keyof TimerSettings)[]>([]);
  // "A session already running keeps its own times" only while one does (the Settings view shows
  // this form during a session too).
  const { state } = useTimerState();
  const sessionRuns =
    state.status === 'running' || state.status === 'paused' || state.status === 'interrupted';

  useEffect(() => {
    let live = true;
    const follow = ({ value, corrupt }: { value: TimerSettings; corrupt: boolean }) => {
      if (!live) return;
      setCorrupt(corrupt);
      const shown = current.current;
      const before = baseline.current;
      baseline.current = value;
      if (!shown || !before) {
        setTexts(toTexts(value));
        return;
      }
      const next = followLatest(toTexts(value), shown, toTexts(before));
      setTexts(next.shown);
      if (next.conflicts.length > 0) {
        setConflicts(next.conflicts);
        setStatus(null);
      }
    };
    const stop = timerSettingsStorage.watchChecked(follow);
    void loadTimerSettings().then((checked) => {
      if (!baseline.current) follow(checked);
    });
    return () => {
      live = false;
      stop();
    };
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
    let written: TimerSettings;
    try {
      // Only the fields edited here, on top of what is stored now: another page's save stays.
      const { value: latest } = await loadTimerSettings();
      written = mergeEdits(latest, parsed as TimerSettings, baseline.current ?? latest);
      await timerSettingsStorage.setValue(written);
    } catch {
      // Sync refused (write quota, item quota, disabled): what is stored stays, and the form says so.
      setStatus('refused');
      return;
    }
    baseline.current = written;
    setTexts(toTexts(written));
    setConflicts([]);
    setCorrupt(false);
    setStatus('saved');
  };

  // One choice between the two readings of "rotate three times": it sets the warm phases and saves.
  const chooseReading = async (rounds: number) => {
    const shown = { ...texts, rounds: String(rounds) };
    setTexts(shown);
    setErrors({ ...errors, rounds: false });
    let written: TimerSettings;
    try {
      const { value } = await loadTimerSettings();
      written = { ...value, rounds };
      await timerSettingsStorage.setValue(written);
    } catch {
      setStatus('refused');
      return;
    }
    // Other fields being edited stay as they are; untouched ones show what is stored now.
    const before = baseline.current ?? written;
    baseline.current = written;
    setTexts(followLatest(toTexts(written), current.current ?? shown, toTexts(before)).shown);
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
        {conflicts.length > 0 && status === null
          ? t('settingsChangedElsewhere', conflicts.map((key) => t(labelOf[key])).join('; '))
          : status === 'saved'
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

import { useEffect, useState } from 'preact/hooks';
import { type MessageKey, t } from '@/lib/i18n';
import {
  defaultInputMode,
  type InputMode,
  type InputModeSettings,
  inputModes,
  inputTimingRanges,
} from '@/lib/settings/inputMode';
import { changeInputMode, inputMode, startInputMode } from '@/lib/settings/inputModeModel';
import { inputModeKeys } from '../access/inputModeLabels';
import { SettingsChoiceGroup } from './SettingsChoiceGroup';

type TimingField = keyof typeof inputTimingRanges;
const timingKeys: Record<TimingField, MessageKey> = {
  itemMs: 'settingsInputItemTime',
  firstItemExtraMs: 'settingsInputFirstItemExtra',
  loops: 'settingsInputLoops',
  debounceMs: 'settingsInputDebounce',
  dwellMs: 'settingsInputDwellTime',
};

/** Which timings belong to which mode: only those are shown. */
const timingsFor: Record<InputMode, TimingField[]> = {
  pointer: [],
  keyboard: [],
  'two-switches': ['debounceMs'],
  'one-switch': ['itemMs', 'firstItemExtraMs', 'loops', 'debounceMs'],
  dwell: ['dwellMs'],
};

/** A key's name as a person reads it ("Space", "Enter", "a"). */
export function keyName(key: string): string {
  return key === ' ' ? t('settingsInputKeySpace') : key;
}

/**
 * Whether the key types a character (a letter, digit, punctuation or Space) rather than naming a key
 * ("Enter", "F2"). As the select switch it cannot be typed into a field while scanning: it leaves it.
 */
export function isPrintableKey(key: string): boolean {
  return [...key].length === 1;
}

/**
 * A switch key: the button says which key it is; pressed, it listens for the next key (a switch
 * interface sends one) and keeps it. Escape cancels; Tab leaves as usual. A note, when given, is said
 * with the button.
 */
function KeyField(props: { label: string; value: string; onChange: (key: string) => void; note?: string }) {
  const [listening, setListening] = useState(false);
  const noteId = `settings-key-note-${props.label.replace(/\W+/g, '-')}`;
  return (
    <div class="settings-key">
      <button
        type="button"
        aria-describedby={props.note ? noteId : undefined}
        data-key-capture={listening ? 'listening' : 'idle'}
        aria-pressed={listening}
        onClick={() => setListening(!listening)}
        onBlur={() => setListening(false)}
        onKeyDown={(event) => {
          if (!listening || event.key === 'Tab') return;
          event.preventDefault();
          setListening(false);
          if (event.key !== 'Escape') props.onChange(event.key);
        }}
      >
        {listening ? t('settingsInputKeyListening', props.label) : `${props.label}: ${keyName(props.value)}`}
      </button>
      {props.note && (
        <p class="settings-hint" id={noteId}>
          {props.note}
        </p>
      )}
    </div>
  );
}

/** A timing in seconds (stored in ms); loops are a plain count. Applied when the field is left. */
function TimingField(props: { field: TimingField; value: number; onChange: (value: number) => void }) {
  const range = inputTimingRanges[props.field];
  const count = props.field === 'loops';
  const shown = count ? props.value : props.value / 1000;
  const id = `settings-input-${props.field}`;
  return (
    <div class="settings-timing">
      <label for={id}>{t(timingKeys[props.field])}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={count ? range.min : range.min / 1000}
        max={count ? range.max : range.max / 1000}
        step={count ? 1 : 0.1}
        value={shown}
        onChange={(event) => {
          const typed = Number(event.currentTarget.value);
          if (!Number.isFinite(typed)) return;
          const raw = count ? Math.round(typed) : Math.round(typed * 1000);
          const value = Math.min(range.max, Math.max(range.min, raw));
          event.currentTarget.value = String(count ? value : value / 1000);
          if (value !== props.value) props.onChange(value);
        }}
      />
    </div>
  );
}

/**
 * "How I use the panel": pointer or touch, keyboard, two switches, one switch or dwell, with the keys
 * and timings of the chosen mode only. Synced with the other settings; a change applies at once.
 */
export function SettingsInputMode() {
  useEffect(() => startInputMode(), []);
  const [status, setStatus] = useState('');
  const settings = inputMode.value ?? defaultInputMode;
  const change = async (patch: Partial<InputModeSettings>, what: string) => {
    const saved = await changeInputMode({ ...patch, offered: true });
    setStatus(saved ? t('settingsInputSaved', what) : t('settingsSaveFailed'));
  };
  const mode = settings.mode;
  const scanning = mode === 'two-switches' || mode === 'one-switch';
  return (
    <div class="settings-input" data-input-mode={mode}>
      <SettingsChoiceGroup<InputMode>
        legend={t('settingsInputLabel')}
        name="inputMode"
        options={inputModes.map((value) => ({ value, label: t(inputModeKeys[value].label) }))}
        value={mode}
        onChange={(value) => change({ mode: value }, t(inputModeKeys[value].label))}
      />
      <p class="settings-hint">{t(inputModeKeys[mode].hint)}</p>
      {scanning && (
        <div class="settings-input-details" data-scan-group="input-keys">
          {mode === 'two-switches' && (
            <KeyField
              label={t('settingsInputMoveKey')}
              value={settings.moveKey}
              onChange={(key) => change({ moveKey: key }, `${t('settingsInputMoveKey')}: ${keyName(key)}`)}
            />
          )}
          <KeyField
            label={t('settingsInputSelectKey')}
            value={settings.selectKey}
            onChange={(key) => change({ selectKey: key }, `${t('settingsInputSelectKey')}: ${keyName(key)}`)}
            note={
              isPrintableKey(settings.selectKey)
                ? t('settingsInputSelectKeyPrintable', keyName(settings.selectKey))
                : undefined
            }
          />
          <label class="settings-switch">
            <input
              type="checkbox"
              checked={settings.tick}
              onChange={(event) => change({ tick: event.currentTarget.checked }, t('settingsInputTick'))}
            />
            {t('settingsInputTick')}
          </label>
        </div>
      )}
      {timingsFor[mode].length > 0 && (
        <div class="settings-input-details" data-scan-group="input-timings">
          {timingsFor[mode].map((field) => (
            <TimingField
              key={field}
              field={field}
              value={settings[field]}
              onChange={(value) => change({ [field]: value }, t(timingKeys[field]))}
            />
          ))}
        </div>
      )}
      <p class="settings-status" role="status">
        {status}
      </p>
    </div>
  );
}

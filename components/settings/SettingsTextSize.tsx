import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { clampTextSize, textSizeRange } from '@/lib/settings/appearance';

interface SettingsTextSizeProps {
  value: number;
  onChange: (percent: number) => void;
}

/**
 * Text size, 100–200 %: big Smaller/Larger buttons and a slider, with the value shown. The slider
 * applies on release (or each arrow key), not while dragging, so the page does not jump under the
 * pointer. At a limit the button stays focusable (aria-disabled), so keyboard focus is never lost.
 */
export function SettingsTextSize({ value, onChange }: SettingsTextSizeProps) {
  // While dragging, show the value the slider is on without applying it yet.
  const [dragging, setDragging] = useState<number | null>(null);
  const shown = dragging ?? value;
  const step = (direction: 1 | -1) => {
    const next = clampTextSize(value + direction * textSizeRange.step);
    if (next !== value) onChange(next);
  };
  const atMin = value <= textSizeRange.min;
  const atMax = value >= textSizeRange.max;
  return (
    <fieldset class="settings-text-size" data-scan-group="text-size">
      <legend>{t('settingsTextSizeLabel')}</legend>
      <p class="settings-text-size-value" aria-hidden="true">
        {t('settingsTextSizeValue', String(shown))}
      </p>
      <div class="settings-text-size-buttons">
        <button type="button" aria-disabled={atMin} onClick={() => step(-1)} data-step="smaller">
          <span aria-hidden="true">A− </span>
          {t('settingsTextSizeSmaller')}
        </button>
        <button type="button" aria-disabled={atMax} onClick={() => step(1)} data-step="larger">
          <span aria-hidden="true">A+ </span>
          {t('settingsTextSizeLarger')}
        </button>
      </div>
      <label class="visually-hidden" for="settings-text-size-range">
        {t('settingsTextSizeLabel')}
      </label>
      <input
        id="settings-text-size-range"
        type="range"
        min={textSizeRange.min}
        max={textSizeRange.max}
        step={textSizeRange.step}
        value={shown}
        aria-valuetext={t('settingsTextSizeValue', String(shown))}
        aria-describedby="settings-text-size-hint"
        onInput={(event) => setDragging(Number(event.currentTarget.value))}
        onChange={(event) => {
          setDragging(null);
          onChange(clampTextSize(Number(event.currentTarget.value)));
        }}
      />
      <p class="settings-hint" id="settings-text-size-hint">
        {t('settingsTextSizeHint')}
      </p>
    </fieldset>
  );
}

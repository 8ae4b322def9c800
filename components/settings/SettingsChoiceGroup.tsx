/** One choice of a SettingsChoiceGroup. `lang` marks a label written in another language. */
export interface SettingsChoice<T extends string> {
  value: T;
  label: string;
  lang?: string;
}

interface SettingsChoiceGroupProps<T extends string> {
  legend: string;
  /** The radio group's form name; also the prefix of the options' test hooks. */
  name: string;
  options: readonly SettingsChoice<T>[];
  value: T;
  onChange: (value: T) => void;
}

/**
 * A radio group drawn as big buttons: real radio inputs (arrow keys move the choice, screen readers
 * say "1 of 4, selected"), each stretched invisibly over its whole label so the target is the tile.
 * The chosen tile shows a tick as well as a colour, so it survives forced colours.
 */
export function SettingsChoiceGroup<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: SettingsChoiceGroupProps<T>) {
  return (
    <fieldset class="settings-choices" data-scan-group={name}>
      <legend>{legend}</legend>
      <div class="settings-choice-list">
        {options.map((option) => {
          const checked = option.value === value;
          return (
            <label class="settings-choice" key={option.value} data-choice={`${name}-${option.value}`}>
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={checked}
                onChange={() => onChange(option.value)}
              />
              <span class="settings-choice-mark" aria-hidden="true">
                {checked ? '✓' : ''}
              </span>
              <span lang={option.lang}>{option.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import './ChoiceGroup.css';

/** One option of a choice group. */
export interface ChoiceOption<T extends string | number> {
  value: T;
  label: ComponentChildren;
}

/** Where the arrow keys go from `index` among `count` options; undefined for any other key. */
export function nextChoiceIndex(key: string, index: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** How long after "1" a "0" still makes "10" (typing a severity). */
const digitPairMs = 1000;

/**
 * A labelled group of big buttons that is ONE Tab stop, with arrow keys inside (roving tabindex, the
 * ARIA Authoring Practices radio group pattern): every Tab press costs effort for our users.
 *
 * Single choice (default) is a `radiogroup`: arrows move and choose, Space chooses, pressing the chosen
 * one again clears it (every field stays optional), and Enter submits the surrounding form, as a
 * native radio button does. With `multiple` it is a labelled group of toggle buttons (aria-pressed)
 * with the keyboard of the Authoring Practices toolbar pattern: one Tab stop (the option last
 * focused), arrows, Home and End move focus without toggling, Space or Enter toggles. Not the checkbox
 * pattern (every box its own Tab stop) nor a multi-select listbox (whose selection follows focus or
 * needs Ctrl). With `digits`, typing a number (0–10; "1" then "0" is 10) chooses the
 * option with that value, so a severity is one key press, not seven arrows.
 */
export function ChoiceGroup<T extends string | number>(props: {
  legend: string;
  options: readonly ChoiceOption<T>[];
  isChosen: (value: T) => boolean;
  onChoose: (value: T) => void;
  /** Clears a single choice when its chosen option is pressed again (undefined: it stays). */
  onClear?: () => void;
  multiple?: boolean;
  digits?: boolean;
  class?: string;
  /** Text under the legend, read with the group. */
  hint?: string;
}) {
  const legendId = useId();
  const hintId = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const lastDigit = useRef<{ key: string; at: number }>(undefined);
  const chosenIndex = props.options.findIndex((option) => props.isChosen(option.value));
  // The Tab stop: the chosen option (single), else the one last focused, else the first.
  const [focused, setFocused] = useState(0);
  const stop =
    !props.multiple && chosenIndex >= 0 ? chosenIndex : Math.min(focused, props.options.length - 1);

  const press = (value: T) => {
    if (!props.multiple && props.isChosen(value)) props.onClear?.();
    else props.onChoose(value);
  };
  const moveTo = (index: number) => {
    setFocused(index);
    buttons.current[index]?.focus();
    const option = props.options[index];
    if (!props.multiple && option && !props.isChosen(option.value)) props.onChoose(option.value);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const from = buttons.current.indexOf(event.target as HTMLButtonElement);
    if (from < 0) return;
    const to = nextChoiceIndex(event.key, from, props.options.length);
    if (to !== undefined) {
      event.preventDefault();
      moveTo(to);
      return;
    }
    if (props.digits && /^\d$/.test(event.key)) {
      // Handled here: a digit must not also fire the panel's 1–4 method shortcuts.
      event.preventDefault();
      event.stopPropagation();
      const previous = lastDigit.current;
      const pair = previous?.key === '1' && event.key === '0' && event.timeStamp - previous.at < digitPairMs;
      lastDigit.current = { key: event.key, at: event.timeStamp };
      const value = pair ? 10 : Number(event.key);
      const index = props.options.findIndex((option) => option.value === value);
      if (index >= 0) {
        setFocused(index);
        buttons.current[index]?.focus();
        if (!props.isChosen(props.options[index]?.value as T))
          props.onChoose(props.options[index]?.value as T);
      }
      return;
    }
    if (event.key === 'Enter' && !props.multiple) {
      const form = (event.currentTarget as HTMLElement).closest('form');
      if (form) {
        event.preventDefault();
        form.requestSubmit();
      }
    }
  };

  const legend = (
    <>
      <span class="choice-legend" id={legendId}>
        {props.legend}
      </span>
      {props.hint && (
        <span class="choice-hint" id={hintId}>
          {props.hint}
        </span>
      )}
    </>
  );
  const common = (option: ChoiceOption<T>, index: number) => ({
    type: 'button' as const,
    key: option.value,
    ref: (element: HTMLButtonElement | null) => {
      buttons.current[index] = element;
    },
    tabIndex: index === stop ? 0 : -1,
    onFocus: () => setFocused(index),
    onClick: () => press(option.value),
  });
  const content = (option: ChoiceOption<T>) => (
    <>
      <span class="choice-check" aria-hidden="true">
        ✓{' '}
      </span>
      {option.label}
    </>
  );
  const describedBy = props.hint ? hintId : undefined;
  const className = `choice-group ${props.class ?? ''}`;

  if (props.multiple) {
    return (
      <fieldset
        data-scan-group="choice"
        aria-labelledby={legendId}
        aria-describedby={describedBy}
        class={className}
        onKeyDown={onKeyDown}
      >
        {legend}
        <div class="choice-buttons">
          {props.options.map((option, index) => (
            <button {...common(option, index)} aria-pressed={props.isChosen(option.value)}>
              {content(option)}
            </button>
          ))}
        </div>
      </fieldset>
    );
  }
  return (
    <div
      role="radiogroup"
      data-scan-group="choice"
      aria-labelledby={legendId}
      aria-describedby={describedBy}
      class={className}
      onKeyDown={onKeyDown}
    >
      {legend}
      <div class="choice-buttons">
        {props.options.map((option, index) => (
          // biome-ignore lint/a11y/useSemanticElements: a native radio cannot be cleared by pressing it again, and these are big buttons
          <button {...common(option, index)} role="radio" aria-checked={props.isChosen(option.value)}>
            {content(option)}
          </button>
        ))}
      </div>
    </div>
  );
}

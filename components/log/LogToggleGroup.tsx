import type { ComponentChildren } from 'preact';

/** One option of a toggle group. */
export interface ToggleOption<T extends string | number> {
  value: T;
  label: ComponentChildren;
}

/**
 * A labelled group of big toggle buttons (aria-pressed). Single choice by default: pressing the chosen
 * one again clears it, so every field stays optional.
 */
export function LogToggleGroup<T extends string | number>(props: {
  legend: string;
  options: readonly ToggleOption<T>[];
  isPressed: (value: T) => boolean;
  onToggle: (value: T) => void;
  class?: string;
}) {
  return (
    <fieldset class={`log-toggles ${props.class ?? ''}`}>
      <legend>{props.legend}</legend>
      <div class="log-toggle-buttons">
        {props.options.map((option) => (
          <button
            type="button"
            key={option.value}
            aria-pressed={props.isPressed(option.value)}
            onClick={() => props.onToggle(option.value)}
          >
            <span class="log-check" aria-hidden="true">
              ✓{' '}
            </span>
            {option.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

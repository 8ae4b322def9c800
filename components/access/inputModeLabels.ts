import type { MessageKey } from '@/lib/i18n';
import type { InputMode } from '@/lib/settings/inputMode';

/** The words for each mode, and one line on what it does. */
export const inputModeKeys: Record<InputMode, { label: MessageKey; hint: MessageKey }> = {
  pointer: { label: 'settingsInputPointer', hint: 'settingsInputPointerHint' },
  keyboard: { label: 'settingsInputKeyboard', hint: 'settingsInputKeyboardHint' },
  'two-switches': { label: 'settingsInputTwoSwitches', hint: 'settingsInputTwoSwitchesHint' },
  'one-switch': { label: 'settingsInputOneSwitch', hint: 'settingsInputOneSwitchHint' },
  dwell: { label: 'settingsInputDwell', hint: 'settingsInputDwellHint' },
};

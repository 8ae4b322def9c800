import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

/** Every key of the English catalogue; other locales must have exactly the same keys. */
export type MessageKey = keyof typeof messages;

/**
 * Looks up a user-facing string in the extension's locale catalogue.
 * A missing key shows the key itself rather than an empty control, so a gap is visible, never silent.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return getMessage(key, substitutions) || key;
}

// WXT types getMessage from the catalogue only at `wxt prepare` time; MessageKey above is read from
// the JSON itself, so a key added a moment ago type-checks without a prepare step.
const getMessage = (key: string, substitutions?: string | string[]): string =>
  (browser.i18n.getMessage as (key: string, substitutions?: string | string[]) => string)(key, substitutions);

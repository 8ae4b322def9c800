import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** Same substitution rules as browser.i18n.getMessage: named placeholders map to $1..$9. */
export function formatMessage(catalogue: Catalogue, key: string, subs?: string | string[]): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? positional(placeholder.content) : whole;
    })
    .replace(/\$\$/g, '$');
}

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser does not implement i18n: answer from the real English catalogue.
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    formatMessage(en as Catalogue, key, subs)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
});

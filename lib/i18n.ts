import { signal } from '@preact/signals-core';
import { browser } from 'wxt/browser';
import type { Language } from '@/lib/settings/appearance';
import type messages from '@/public/_locales/en/messages.json';

/** Every key of the English catalogue; other locales must have exactly the same keys. */
export type MessageKey = keyof typeof messages;

/** The shape of a `_locales/<lang>/messages.json` file. */
export type Catalogue = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

/** A language the user can pick, with its catalogue loaded. */
type CatalogueLanguage = Exclude<Language, 'auto'>;

type ActiveCatalogue = { language: CatalogueLanguage; messages: Catalogue } | null;
// The user-chosen catalogue, or null to let the browser pick (its UI language, else English).
// A signal: components that call t() re-render when the language changes. The worker renders
// nothing, so its build (ENTRYPOINT is set per entrypoint at build time) keeps a plain box and
// leaves the signals library out of its bundle.
const activeCatalogue: { value: ActiveCatalogue } =
  import.meta.env.ENTRYPOINT === 'background' ? { value: null } : signal<ActiveCatalogue>(null);
const loadedCatalogues = new Map<CatalogueLanguage, Promise<Catalogue>>();

/**
 * Looks up a user-facing string: in the catalogue the user chose (see setLanguage), else in the
 * browser's own choice. A missing key shows the key itself rather than an empty control, so a gap is
 * visible, never silent.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  const active = activeCatalogue.value;
  return (
    (active ? formatMessage(active.messages, key, substitutions) : '') ||
    getMessage(key, substitutions) ||
    key
  );
}

/** The keys that have a `<key>_one` form for a count of one. */
export type CountedKey = { [K in MessageKey]: `${K}_one` extends MessageKey ? K : never }[MessageKey];

/**
 * Looks up the message for a count: the key's `_one` form where the active language's plural rules
 * (`Intl.PluralRules`) call `count` one, else the key itself, so "1 cramp" and "2 cramps" both read right.
 */
export function tCount(key: CountedKey, count: number, substitutions?: string | string[]): string {
  const one = new Intl.PluralRules(activeLanguageCode()).select(count) === 'one';
  return t(one ? (`${key}_one` as MessageKey) : key, substitutions);
}

// WXT types getMessage from the catalogue only at `wxt prepare` time; MessageKey above is read from
// the JSON itself, so a key added a moment ago type-checks without a prepare step.
const getMessage = (key: string, substitutions?: string | string[]): string =>
  (browser.i18n.getMessage as (key: string, substitutions?: string | string[]) => string)(key, substitutions);

/**
 * Formats one message with the same rules as `browser.i18n.getMessage`: a named placeholder `$NAME$`
 * (case-insensitive) becomes its `content`, `$1`…`$9` become the substitutions (missing ones become
 * empty) and `$$` is a literal `$`. Returns '' for a key the catalogue does not have.
 */
export function formatMessage(catalogue: Catalogue, key: string, substitutions?: string | string[]): string {
  const entry = Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
  if (typeof entry?.message !== 'string') return '';
  const args =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  const named = entry.message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => {
    const content = placeholders.get(name.toLowerCase());
    return content ?? whole;
  });
  // One pass, so a substitution that itself contains `$1` or `$$` is inserted as it is.
  return named.replace(/\$(\$|[1-9])/g, (_, token: string) =>
    token === '$' ? '$' : (args[Number(token) - 1] ?? ''),
  );
}

/** Checks a fetched file is a catalogue: an object of `{ message: string }` entries. */
function isCatalogue(value: unknown): value is Catalogue {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (entry) =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as { message?: unknown }).message === 'string',
  );
}

/** Fetches a packaged catalogue once; a failed load is forgotten so the next attempt retries. */
function loadCatalogue(language: CatalogueLanguage): Promise<Catalogue> {
  let pending = loadedCatalogues.get(language);
  if (!pending) {
    // Packaged with the extension: an extension-URL fetch, never the network.
    const url = (browser.runtime.getURL as (path: string) => string)(`/_locales/${language}/messages.json`);
    pending = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
        return response.json() as Promise<unknown>;
      })
      .then((json) => {
        if (!isCatalogue(json)) throw new Error(`${url} is not a message catalogue`);
        return json;
      });
    pending.catch(() => loadedCatalogues.delete(language));
    loadedCatalogues.set(language, pending);
  }
  return pending;
}

/**
 * Starts loading a language's catalogue without switching to it, so a later setLanguage finds it
 * loaded or on its way (the panel calls it while its settings are still being read). Never rejects:
 * a failed load is retried, and reported, by setLanguage.
 */
export function preloadLanguage(language: Language): void {
  if (language !== 'auto') loadCatalogue(language).catch(() => undefined);
}

/**
 * Makes t() answer in `language` (`auto`: the browser's choice). Resolves false, and keeps the
 * browser's language, when the catalogue cannot be loaded: text stays readable either way.
 */
export async function setLanguage(language: Language): Promise<boolean> {
  if (language === 'auto') {
    activeCatalogue.value = null;
    return true;
  }
  try {
    const messages = await loadCatalogue(language);
    activeCatalogue.value = { language, messages };
    return true;
  } catch (error) {
    console.warn(`The ${language} texts could not be loaded; using the browser's language.`, error);
    activeCatalogue.value = null;
    return false;
  }
}

/** The language code of the texts t() gives now (for `<html lang>`), e.g. `es`. */
export function activeLanguageCode(): string {
  return activeCatalogue.value?.language ?? (getMessage('settingsLocaleCode') || 'en');
}

/** Writing direction of the texts t() gives now (for `<html dir>`). */
export function activeTextDirection(): 'ltr' | 'rtl' {
  // Our own catalogues are all left-to-right; for the browser's choice ask the browser.
  if (activeCatalogue.value) return 'ltr';
  return getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

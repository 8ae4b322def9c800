import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '@/lib/i18n';

const localesDir = 'public/_locales';
type Entry = Catalogue[string];
const read = (language: string): Record<string, Entry> =>
  JSON.parse(readFileSync(`${localesDir}/${language}/messages.json`, 'utf8'));
const en = read('en');
const others = readdirSync(localesDir).filter((language) => language !== 'en');

/** The named placeholders a message uses, lower-cased as Chrome matches them. */
const usedPlaceholders = (message: string) =>
  [...message.matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((match) => (match[1] ?? '').toLowerCase()).sort();
/** Placeholder name → content, lower-cased names. */
const declaredPlaceholders = (entry: Entry | undefined) =>
  Object.fromEntries(
    Object.entries(entry?.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );

describe('locale catalogues', () => {
  it('ships Spanish', () => {
    expect(others).toContain('es');
  });

  describe.each(['en', ...others])('%s', (language) => {
    const catalogue = read(language);

    it('has exactly the keys of the English catalogue', () => {
      const missing = Object.keys(en).filter((key) => !(key in catalogue));
      const extra = Object.keys(catalogue).filter((key) => !(key in en));
      // A failure here names the keys: add them (translated) to public/_locales/<language>/messages.json.
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it('has the same placeholders as English for every key', () => {
      const differing = Object.keys(en)
        .filter((key) => key in catalogue)
        .filter(
          (key) =>
            JSON.stringify(declaredPlaceholders(catalogue[key])) !==
              JSON.stringify(declaredPlaceholders(en[key])) ||
            JSON.stringify(usedPlaceholders(catalogue[key]?.message ?? '')) !==
              JSON.stringify(usedPlaceholders(en[key]?.message ?? '')),
        );
      expect(differing).toEqual([]);
    });

    it('declares every placeholder it uses (Chrome refuses to load otherwise)', () => {
      const undeclared = Object.entries(catalogue).flatMap(([key, entry]) =>
        usedPlaceholders(entry.message)
          .filter((name) => !(name in declaredPlaceholders(entry)))
          .map((name) => `${key}: $${name}$`),
      );
      expect(undeclared).toEqual([]);
    });

    it('has no empty message, and a name and description within the store limits', () => {
      const empty = Object.entries(catalogue)
        .filter(([, entry]) => typeof entry.message !== 'string' || entry.message.trim() === '')
        .map(([key]) => key);
      expect(empty).toEqual([]);
      expect(catalogue.extName?.message.length).toBeLessThanOrEqual(75);
      expect(catalogue.extDescription?.message.length).toBeLessThanOrEqual(132);
    });
  });

  it('gives each catalogue its own language code for <html lang>', () => {
    for (const language of ['en', ...others]) {
      expect(read(language).settingsLocaleCode?.message).toBe(language);
    }
  });

  it('translates the Spanish texts rather than copying the English', () => {
    const es = read('es');
    // Proper names, codes and the citation may stay identical; nearly everything else must not.
    const same = Object.keys(en).filter((key) => es[key]?.message === en[key]?.message);
    expect(same.length / Object.keys(en).length).toBeLessThan(0.05);
  });
});

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Catalogue, formatMessage } from '@/lib/i18n';

const catalogue: Catalogue = {
  plain: { message: 'Hello' },
  named: {
    message: 'Question $N$ of $TOTAL$',
    placeholders: { n: { content: '$1' }, total: { content: '$2' } },
  },
  upper: { message: 'Hi $Name$', placeholders: { NAME: { content: '$1' } } },
  fixed: { message: 'Made by $WHO$', placeholders: { who: { content: 'Spasm Relief' } } },
  dollars: { message: 'Costs $$5 ($1)' },
  unknown: { message: 'Keep $ODD$ as it is' },
  proto: { message: 'A $CONSTRUCTOR$ here' },
};

describe('formatMessage (Chrome getMessage rules)', () => {
  it.each([
    ['plain', undefined, 'Hello'],
    ['named', ['2', '5'], 'Question 2 of 5'],
    ['named', '3', 'Question 3 of '],
    ['upper', 'Ana', 'Hi Ana'],
    ['fixed', undefined, 'Made by Spasm Relief'],
    ['dollars', 'free', 'Costs $5 (free)'],
    ['unknown', undefined, 'Keep $ODD$ as it is'],
    ['proto', undefined, 'A $CONSTRUCTOR$ here'],
    ['missing', undefined, ''],
    ['toString', undefined, ''],
  ])('%s with %j → %j', (key, subs, expected) => {
    expect(formatMessage(catalogue, key, subs)).toBe(expected);
  });

  it('inserts a substitution that contains $ signs as it is', () => {
    expect(formatMessage(catalogue, 'named', ['$2', '$$'])).toBe('Question $2 of $$');
  });
});

const esCatalogue = JSON.parse(readFileSync('public/_locales/es/messages.json', 'utf8'));
const enCatalogue = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));

/** Answers the catalogue fetch from the files on disk, like the packaged extension. */
function serveCatalogues(available: Record<string, unknown> = { es: esCatalogue, en: enCatalogue }) {
  return vi.fn(async (url: string) => {
    const language = /\/_locales\/(\w+)\/messages\.json$/.exec(String(url))?.[1] ?? '';
    const body = available[language];
    return body === undefined
      ? new Response('not found', { status: 404 })
      : new Response(typeof body === 'string' ? body : JSON.stringify(body));
  });
}

/** A fresh copy of lib/i18n: no language chosen, no catalogue cached. */
async function freshI18n() {
  vi.resetModules();
  return import('@/lib/i18n');
}

describe('t() with a chosen language', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('answers from the browser catalogue in auto mode', async () => {
    const { t, activeLanguageCode } = await freshI18n();
    expect(t('navSettings')).toBe('Settings');
    expect(activeLanguageCode()).toBe('en');
  });

  it('answers in Spanish once Spanish is chosen, with placeholders', async () => {
    const { t, setLanguage, activeLanguageCode } = await freshI18n();
    vi.stubGlobal('fetch', serveCatalogues());
    await expect(setLanguage('es')).resolves.toBe(true);
    expect(t('navSettings')).toBe('Ajustes');
    expect(t('pickerStep', '1')).toBe('Pregunta 1 de 2');
    expect(t('technique_reciprocal_name')).toBe('Inhibición recíproca');
    expect(activeLanguageCode()).toBe('es');
    await setLanguage('auto');
    expect(t('navSettings')).toBe('Settings');
  });

  it('loads a catalogue once and reuses it', async () => {
    const { setLanguage } = await freshI18n();
    const fetch = serveCatalogues();
    vi.stubGlobal('fetch', fetch);
    await setLanguage('es');
    await setLanguage('auto');
    await setLanguage('es');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('falls back to the browser catalogue for a key the chosen one lacks', async () => {
    const { t, setLanguage } = await freshI18n();
    vi.stubGlobal('fetch', serveCatalogues({ es: { navHome: { message: 'Inicio' } } }));
    await setLanguage('es');
    expect(t('navHome')).toBe('Inicio');
    expect(t('navSettings')).toBe('Settings');
  });

  it.each([
    ['a missing file', serveCatalogues({})],
    ['a file that is not JSON', serveCatalogues({ es: '{ not json' })],
    ['a JSON file that is not a catalogue', serveCatalogues({ es: { navHome: 'Inicio' } })],
    ['a failed fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))],
  ])('keeps the browser language after %s, and retries next time', async (_, broken) => {
    const { t, setLanguage } = await freshI18n();
    vi.stubGlobal('fetch', broken);
    await expect(setLanguage('es')).resolves.toBe(false);
    expect(t('navSettings')).toBe('Settings');
    vi.stubGlobal('fetch', serveCatalogues());
    await expect(setLanguage('es')).resolves.toBe(true);
    expect(t('navSettings')).toBe('Ajustes');
  });

  it('preloads a catalogue without switching to it, and setLanguage then uses the same fetch', async () => {
    const { t, preloadLanguage, setLanguage } = await freshI18n();
    const fetch = serveCatalogues();
    vi.stubGlobal('fetch', fetch);
    preloadLanguage('es');
    preloadLanguage('auto');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(t('navSettings')).toBe('Settings');
    await expect(setLanguage('es')).resolves.toBe(true);
    expect(t('navSettings')).toBe('Ajustes');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('lets a failed preload go quietly; setLanguage tries again and reports it', async () => {
    const { setLanguage, preloadLanguage } = await freshI18n();
    const broken = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', broken);
    preloadLanguage('es');
    await vi.waitFor(() => expect(broken).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(setLanguage('es')).resolves.toBe(false);
    expect(broken).toHaveBeenCalledTimes(2);
  });

  it('shows the key itself when no catalogue has it', async () => {
    const { t } = await freshI18n();
    expect(t('noSuchKey' as never)).toBe('noSuchKey');
  });
});

describe('tCount (Intl plural rules)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('says one cramp and many cramps, in English and in Spanish', async () => {
    const { tCount, setLanguage } = await freshI18n();
    const total = (n: number) => tCount('logWindowTotal', n, [String(n), '7']);
    expect(total(1)).toBe('1 cramp in the last 7 days.');
    expect(total(0)).toBe('0 cramps in the last 7 days.');
    expect(total(2)).toBe('2 cramps in the last 7 days.');
    vi.stubGlobal('fetch', serveCatalogues());
    await expect(setLanguage('es')).resolves.toBe(true);
    expect(total(1)).toBe('1 calambre en los últimos 7 días.');
    expect(total(0)).toBe('0 calambres en los últimos 7 días.');
    expect(total(21)).toBe('21 calambres en los últimos 7 días.');
    expect(tCount('logHelpedMost', 1, ['Compresión', '1'])).toBe(
      'Lo que más veces ayudó: Compresión (mejor una vez).',
    );
  });

  it('has, for every _one form, the same placeholders as its base form, in both languages', () => {
    for (const catalogue of [enCatalogue, esCatalogue] as Catalogue[]) {
      for (const key of Object.keys(catalogue).filter((k) => k.endsWith('_one'))) {
        const base = catalogue[key.slice(0, -'_one'.length)];
        expect(base, key).toBeDefined();
        expect(catalogue[key]?.placeholders, key).toEqual(base?.placeholders);
      }
    }
  });
});

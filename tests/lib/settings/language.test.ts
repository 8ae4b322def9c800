import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

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

/** Fresh copies of lib/i18n and the language setting: no language chosen, no catalogue cached. */
async function freshI18n() {
  vi.resetModules();
  const [{ t }, language] = await Promise.all([import('@/lib/i18n'), import('@/lib/settings/language')]);
  return { t, ...language };
}

describe('initI18n (for the service worker)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('follows the language stored in the settings', async () => {
    const { t, initI18n } = await freshI18n();
    vi.stubGlobal('fetch', serveCatalogues());
    await fakeBrowser.storage.sync.set({
      appearance: { theme: 'system', textSize: 100, language: 'es' },
      appearance$: { v: 2 },
    });
    await initI18n();
    expect(t('navTimer')).toBe('Temporizador de contraste');
    await fakeBrowser.storage.sync.set({ appearance: { theme: 'system', textSize: 100, language: 'auto' } });
    await initI18n();
    expect(t('navTimer')).toBe('Contrast timer');
  });

  it('stays in the browser language when the stored language is corrupt', async () => {
    const { t, initI18n } = await freshI18n();
    await fakeBrowser.storage.sync.set({ appearance: { language: 'xx' }, appearance$: { v: 2 } });
    await initI18n();
    expect(t('navTimer')).toBe('Contrast timer');
  });
});

describe('onLanguageChange (for texts the worker sets once)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('calls back after the language changes, in the new language, and not for other settings', async () => {
    const { t, onLanguageChange } = await freshI18n();
    vi.stubGlobal('fetch', serveCatalogues());
    const titles: string[] = [];
    const stop = onLanguageChange(() => titles.push(t('navFinder')));
    const write = (value: object) => fakeBrowser.storage.sync.set({ appearance: value });
    await write({ theme: 'dark', textSize: 100, language: 'auto' });
    await write({ theme: 'dark', textSize: 100, language: 'es' });
    await vi.waitFor(() => expect(titles).toEqual(['Buscador de músculos']));
    await write({ theme: 'light', textSize: 150, language: 'es' });
    await write({ theme: 'light', textSize: 150, language: 'auto' });
    await vi.waitFor(() => expect(titles).toEqual(['Buscador de músculos', 'Muscle finder']));
    stop();
    await write({ theme: 'light', textSize: 150, language: 'es' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(titles).toHaveLength(2);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { finderData } from '@/lib/muscles/finder/data';
import { createFinder, type FinderData } from '@/lib/muscles/finder/engine';
import { findMuscleGroups } from '@/lib/muscles/finder/find';

/** The data as the worker reads it: through JSON, as the build writes finder-data.json. */
const packaged = (): FinderData => JSON.parse(JSON.stringify(finderData));

/** Every phrase the finder knows, with a typo and a side, plus emergency and out-of-scope text. */
function corpus(): string[] {
  const phrases = [
    ...Object.values(finderData.groups).flatMap((group) => [
      ...group.terms,
      ...group.muscles,
      ...(group.relatedTerms ?? []),
    ]),
    ...Object.values(finderData.spanishTerms).flat(),
    ...Object.keys(finderData.vagueTerms),
  ];
  const extra = [
    'chest pain and my calf',
    'I cannot breathe',
    'dolor en el pecho',
    'period cramps',
    'dolor de estomago',
    'L calf',
    'both hamstirngs',
    'rigth quadracep',
    'x'.repeat(10_000),
    '',
  ];
  return [...phrases, ...phrases.map((phrase) => `left ${phrase.slice(0, -2)}${phrase.slice(-1)}`), ...extra];
}

afterEach(() => {
  const fake = fakeBrowser as unknown as Record<string, unknown>;
  delete fake.omnibox;
  delete fake.contextMenus;
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.doUnmock('@/lib/i18n');
  vi.doUnmock('@/lib/lookup/pending');
  vi.resetModules();
});

describe('the finder data the worker reads from the package', () => {
  it('finds exactly what the bundled finder finds, for every known phrase, typo and warning', () => {
    const finder = createFinder(packaged());
    const queries = corpus();
    expect(queries.length).toBeGreaterThan(600);
    for (const query of queries) expect(finder.find(query), query).toEqual(findMuscleGroups(query));
  });

  it('keeps every pattern flag-for-flag through JSON', () => {
    expect(packaged().emergencyPatterns).toEqual(finderData.emergencyPatterns);
    // Each list is joined into one alternation (lib/muscles/finder/data.ts): it still holds every pattern.
    const outOfScope = packaged()
      .outOfScopePatterns.map(([source]) => source)
      .join('|');
    expect(outOfScope).toContain('menstrual');
    expect(outOfScope).toContain('regla');
  });
});

describe('loadFinder in the worker build', () => {
  async function workerSource(fetchImpl: (url: string) => Promise<Response>) {
    vi.stubEnv('ENTRYPOINT', 'background');
    const fetchSpy = vi.fn(fetchImpl);
    vi.stubGlobal('fetch', fetchSpy);
    const source = await import('@/lib/lookup/finderSource');
    return { source, fetchSpy };
  }

  it('has no data until it reads the packaged file, then answers like the panel', async () => {
    const { source, fetchSpy } = await workerSource(async () => new Response(JSON.stringify(finderData)));
    expect(source.loadedFinder()).toBeUndefined();
    const finder = await source.loadFinder();
    expect(String(fetchSpy.mock.calls[0]?.[0])).toMatch(/\/finder-data\.json$/);
    expect(source.loadedFinder()).toBe(finder);
    expect(finder.find('back of thigh')).toEqual(findMuscleGroups('back of thigh'));
    await source.loadFinder();
    expect(fetchSpy).toHaveBeenCalledOnce();
  });

  it('retries a failed read on the next call', async () => {
    let fail = true;
    const { source, fetchSpy } = await workerSource(async () =>
      fail ? new Response('missing', { status: 404 }) : new Response(JSON.stringify(finderData)),
    );
    await expect(source.loadFinder()).rejects.toThrow(/404/);
    fail = false;
    await expect(source.loadFinder()).resolves.toBeDefined();
    expect(fetchSpy).toHaveBeenCalledTimes(2);
  });
});

describe('the omnibox in the worker build', () => {
  it('reads the data when omnibox typing starts, not at every worker start', async () => {
    vi.stubEnv('ENTRYPOINT', 'background');
    const fetchSpy = vi.fn(async () => new Response(JSON.stringify(finderData)));
    vi.stubGlobal('fetch', fetchSpy);
    const started: (() => void)[] = [];
    const on = () => ({ addListener: () => undefined });
    Object.assign(fakeBrowser, {
      contextMenus: undefined,
      omnibox: {
        onInputStarted: { addListener: (listener: () => void) => started.push(listener) },
        onInputEntered: on(),
        onInputChanged: on(),
        setDefaultSuggestion: vi.fn(),
      },
    });
    vi.doMock('@/lib/i18n', () => ({
      t: (key: string, subs?: string | string[]) => fakeBrowser.i18n.getMessage(key as never, subs),
    }));
    vi.doMock('@/lib/settings/language', () => ({
      initI18n: async () => undefined,
      onLanguageChange: () => () => undefined,
    }));
    vi.doMock('@/lib/lookup/pending', () => ({
      cleanLookupQuery: (text: string) => text,
      savePendingLookup: async () => undefined,
    }));
    const { registerLookupListeners } = await import('@/lib/lookup');
    const { loadedFinder } = await import('@/lib/lookup/finderSource');
    registerLookupListeners();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fetchSpy).not.toHaveBeenCalled();
    for (const listener of started) listener();
    await vi.waitFor(() => expect(loadedFinder()).toBeDefined());
    expect(fetchSpy).toHaveBeenCalledOnce();
  });

  it('answers the very first keystroke once the data is in', async () => {
    vi.stubEnv('ENTRYPOINT', 'background');
    let release: (response: Response) => void = () => undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (release = resolve))),
    );
    const listeners: ((text: string, suggest: (s: unknown[]) => void) => void)[] = [];
    const setDefaultSuggestion = vi.fn();
    const on = () => ({ addListener: () => undefined });
    Object.assign(fakeBrowser, {
      contextMenus: undefined,
      omnibox: {
        onInputStarted: on(),
        onInputEntered: on(),
        onInputChanged: { addListener: (listener: (typeof listeners)[number]) => listeners.push(listener) },
        setDefaultSuggestion,
      },
    });
    // Fresh modules (for the worker's ENTRYPOINT) without re-creating storage items: their async
    // migrations would outlive the test.
    vi.doMock('@/lib/i18n', () => ({
      t: (key: string, subs?: string | string[]) => fakeBrowser.i18n.getMessage(key as never, subs),
    }));
    vi.doMock('@/lib/settings/language', () => ({
      initI18n: async () => undefined,
      onLanguageChange: () => () => undefined,
    }));
    vi.doMock('@/lib/lookup/pending', () => ({
      cleanLookupQuery: (text: string) => text,
      savePendingLookup: async () => undefined,
    }));
    const { registerLookupListeners } = await import('@/lib/lookup');
    registerLookupListeners();
    const suggest = vi.fn();
    listeners[0]?.('back of thigh', suggest);
    expect(suggest).not.toHaveBeenCalled();
    release(new Response(JSON.stringify(finderData)));
    await vi.waitFor(() => expect(suggest).toHaveBeenCalledOnce());
    expect(suggest.mock.calls[0]?.[0]?.[0]?.content).toBe('Hamstrings (back of thigh)');
    expect(setDefaultSuggestion).toHaveBeenCalledWith({ description: expect.stringContaining('cramp') });
  });
});

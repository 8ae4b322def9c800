import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clampTextSize,
  defaultAppearance,
  migrateAppearanceV1ToV2,
  normalizeAppearance,
} from '@/lib/settings/appearance';
import { appearanceStorage, loadAppearance, saveAppearance } from '@/lib/settings/storage';

describe('migrateAppearanceV1ToV2', () => {
  it.each([
    [
      { theme: 'dark', largeText: true },
      { theme: 'dark', textSize: 150, language: 'auto' },
    ],
    [
      { theme: 'light', largeText: false },
      { theme: 'light', textSize: 100, language: 'auto' },
    ],
    [{ theme: 'system' }, { theme: 'system', textSize: 100, language: 'auto' }],
  ])('upgrades %j', (v1, v2) => {
    expect(migrateAppearanceV1ToV2(v1)).toEqual(v2);
  });

  it.each([null, undefined, 'dark', 42, []])('never throws on a foreign v1 value (%j)', (junk) => {
    expect(normalizeAppearance(migrateAppearanceV1ToV2(junk)).settings).toEqual(defaultAppearance);
  });
});

describe('the sync storage item', () => {
  it.each([
    ['a string', 'garbage'],
    ['version 0', { v: 0 }],
    ['version 1', { v: 1 }],
    ['an array', [2]],
  ])('keeps a v2 value whose version record is damaged (%s)', async (_name, meta) => {
    const stored = { theme: 'dark', textSize: 130, language: 'es' };
    await fakeBrowser.storage.sync.set({ appearance: stored, appearance$: meta });
    await appearanceStorage.migrate();
    await expect(appearanceStorage.getValue()).resolves.toEqual(stored);
  });

  it('upgrades a stored v1 value to v2 in place and records the version', async () => {
    // A v1 value has no version meta: @wxt-dev/storage treats it as version 1.
    await fakeBrowser.storage.sync.set({ appearance: { theme: 'dark', largeText: true } });
    await appearanceStorage.migrate();
    await expect(appearanceStorage.getValue()).resolves.toEqual({
      theme: 'dark',
      textSize: 150,
      language: 'auto',
    });
    await expect(appearanceStorage.getMeta()).resolves.toEqual({ v: 2 });
    await expect(loadAppearance()).resolves.toMatchObject({
      value: { theme: 'dark', textSize: 150, language: 'auto', shortcuts: true },
      corrupt: false,
      problems: [],
    });
    expect(await loadAppearance()).not.toHaveProperty('failed');
  });

  it('leaves a current v2 value alone', async () => {
    const v2 = { theme: 'high-contrast', textSize: 180, language: 'es' };
    await fakeBrowser.storage.sync.set({ appearance: v2, appearance$: { v: 2 } });
    await appearanceStorage.migrate();
    await expect(appearanceStorage.getValue()).resolves.toEqual(v2);
  });
});

describe('normalizeAppearance', () => {
  it('accepts a valid value as it is, with no problems', () => {
    const valid = { theme: 'dark', textSize: 130, language: 'es', shortcuts: false } as const;
    expect(normalizeAppearance(valid)).toEqual({ settings: valid, problems: [] });
  });

  it('reads a value stored before the shortcuts field existed as shortcuts on, with no problem', () => {
    expect(normalizeAppearance({ theme: 'dark', textSize: 130, language: 'es' })).toEqual({
      settings: { theme: 'dark', textSize: 130, language: 'es', shortcuts: true },
      problems: [],
    });
    expect(normalizeAppearance({ theme: 'dark', textSize: 130, language: 'es', shortcuts: 'no' })).toEqual({
      settings: { theme: 'dark', textSize: 130, language: 'es', shortcuts: true },
      problems: ['shortcuts'],
    });
  });

  it('treats nothing stored as the defaults, not as a problem', () => {
    expect(normalizeAppearance(undefined)).toEqual({ settings: defaultAppearance, problems: [] });
    expect(normalizeAppearance(null)).toEqual({ settings: defaultAppearance, problems: [] });
  });

  it.each([
    [{ theme: 'purple', textSize: 130, language: 'es' }, ['theme']],
    [{ theme: 'dark', textSize: 999, language: 'es' }, ['textSize']],
    [{ theme: 'dark', textSize: 135, language: 'es' }, ['textSize']],
    [{ theme: 'dark', textSize: '130', language: 'es' }, ['textSize']],
    [{ theme: 'dark', textSize: Number.NaN, language: 'es' }, ['textSize']],
    [{ theme: 'dark', textSize: 130, language: 'klingon' }, ['language']],
    [{ theme: 'dark', textSize: 130 }, ['language']],
  ])('replaces only the unreadable field of %j', (stored, problems) => {
    const result = normalizeAppearance(stored);
    expect(result.problems).toEqual(problems);
    for (const field of ['theme', 'textSize', 'language'] as const) {
      const expected = problems.includes(field)
        ? defaultAppearance[field]
        : (stored as Record<string, unknown>)[field];
      expect(result.settings[field]).toEqual(expected);
    }
  });

  it.each(['dark', 7, true, [1, 2], { __proto__: { theme: 'dark' } }])(
    'falls back to every default for %j',
    (junk) => {
      const result = normalizeAppearance(junk);
      expect(result.settings).toEqual(defaultAppearance);
      expect(result.problems).toEqual(['theme', 'textSize', 'language']);
    },
  );
});

describe('loadAppearance', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads a corrupt stored value as defaults with a notice, and leaves the stored value alone', async () => {
    await fakeBrowser.storage.sync.set({ appearance: { theme: 12, textSize: 150, language: 'es' } });
    const loaded = await loadAppearance();
    expect(loaded.value).toEqual({ theme: 'system', textSize: 150, language: 'es', shortcuts: true });
    expect(loaded.problems).toEqual(['theme']);
    await expect(fakeBrowser.storage.sync.get('appearance')).resolves.toEqual({
      appearance: { theme: 12, textSize: 150, language: 'es' },
    });
  });

  it('gives the defaults and `failed` when sync storage throws', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is off'));
    await expect(loadAppearance()).resolves.toMatchObject({
      value: defaultAppearance,
      corrupt: true,
      problems: [],
      failed: true,
    });
  });
});

describe('loadAppearance with a sync area that never answers', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('gives up after a short wait and shows the defaults', async () => {
    vi.useFakeTimers();
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockReturnValue(new Promise<never>(() => {}) as never);
    const loading = loadAppearance();
    await vi.advanceTimersByTimeAsync(2000);
    await expect(loading).resolves.toMatchObject({ value: defaultAppearance, problems: [], failed: true });
  });
});

describe('saveAppearance', () => {
  it('keeps fields a newer version wrote from another synced browser', async () => {
    await fakeBrowser.storage.sync.set({
      appearance: { theme: 'dark', textSize: 120, language: 'es', contrastBoost: 3 },
      appearance$: { v: 3 },
    });
    await saveAppearance({ theme: 'light', textSize: 150, language: 'en', shortcuts: true });
    await expect(fakeBrowser.storage.sync.get('appearance')).resolves.toEqual({
      appearance: { theme: 'light', textSize: 150, language: 'en', shortcuts: true, contrastBoost: 3 },
    });
  });

  it('replaces a stored value that is not an object', async () => {
    await fakeBrowser.storage.sync.set({ appearance: 'garbage', appearance$: { v: 2 } });
    await saveAppearance({ theme: 'light', textSize: 150, language: 'en', shortcuts: true });
    await expect(fakeBrowser.storage.sync.get('appearance')).resolves.toEqual({
      appearance: { theme: 'light', textSize: 150, language: 'en', shortcuts: true },
    });
  });
});

describe('clampTextSize', () => {
  it.each([
    [100, 100],
    [200, 200],
    [250, 200],
    [40, 100],
    [134, 130],
    [136, 140],
    [Number.NaN, 100],
    [Number.POSITIVE_INFINITY, 100],
  ])('%d → %d', (input, output) => {
    expect(clampTextSize(input)).toBe(output);
  });
});

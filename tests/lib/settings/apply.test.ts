import { afterEach, describe, expect, it } from 'vitest';
import { applyAppearance, applyLastAppearance } from '@/lib/settings/apply';

describe('applyAppearance', () => {
  const root = document.createElement('html');
  afterEach(() => {
    localStorage.clear();
  });

  it.each([
    ['dark', 100, 'dark', '1'],
    ['high-contrast', 200, 'high-contrast', '2'],
    ['light', 130, 'light', '1.3'],
    ['system', 150, undefined, '1.5'],
  ] as const)('theme %s at %d %% → data-theme %s, --text-scale %s', (theme, textSize, attribute, scale) => {
    root.dataset.theme = 'stale';
    applyAppearance(root, { theme, textSize });
    expect(root.dataset.theme).toBe(attribute);
    expect(root.style.getPropertyValue('--text-scale')).toBe(scale);
  });

  it.each([
    [100, false],
    [110, false],
    [120, true],
    [200, true],
  ])('marks %d %% as large text: %s', (textSize, large) => {
    applyAppearance(root, { theme: 'system', textSize });
    expect('largeText' in root.dataset).toBe(large);
  });

  it('applies the last theme and size synchronously at the next start', () => {
    applyAppearance(document.createElement('html'), { theme: 'high-contrast', textSize: 180 });
    const next = document.createElement('html');
    applyLastAppearance(next);
    expect(next.dataset.theme).toBe('high-contrast');
    expect(next.style.getPropertyValue('--text-scale')).toBe('1.8');
  });

  it('tells the next start which language the page showed last', () => {
    applyAppearance(document.createElement('html'), { theme: 'dark', textSize: 100, language: 'es' });
    expect(applyLastAppearance(document.createElement('html'))).toBe('es');
    applyAppearance(document.createElement('html'), { theme: 'dark', textSize: 100, language: 'auto' });
    expect(applyLastAppearance(document.createElement('html'))).toBe('auto');
  });

  it.each([
    ['no cache (first start)', null],
    ['a cache from before the language was kept', '{"theme":"dark","textSize":100}'],
    ['an unknown language', '{"theme":"dark","textSize":100,"language":"fr"}'],
    ['an unreadable cache', '{ not json'],
  ])('does not name a language for %s', (_, cached) => {
    if (cached !== null) localStorage.setItem('spasmRelief.appearance', cached);
    expect(applyLastAppearance(document.createElement('html'))).toBeUndefined();
  });

  it.each(['{ not json', '"dark"', '{"theme":"neon","textSize":5000}'])(
    'keeps the defaults for an unreadable start cache (%s)',
    (cached) => {
      localStorage.setItem('spasmRelief.appearance', cached);
      const next = document.createElement('html');
      expect(() => applyLastAppearance(next)).not.toThrow();
      expect(next.dataset.theme).toBeUndefined();
      expect(['', '1']).toContain(next.style.getPropertyValue('--text-scale'));
    },
  );
});

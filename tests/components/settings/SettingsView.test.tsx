import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/components/panel/App';
import { preloadViews } from '@/components/panel/views';
import { setLanguage } from '@/lib/i18n';
import { currentView } from '@/lib/navigation';
import { appearance, startAppearance } from '@/lib/settings/model';

const es = readFileSync('public/_locales/es/messages.json', 'utf8');

/** Waits for the settings model's async work (storage, catalogue) and the re-render after it. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('SettingsView', () => {
  let root: HTMLElement;
  let stopWatching: () => void = () => {};
  const html = document.documentElement;

  async function mount(stored?: unknown) {
    if (stored !== undefined)
      await fakeBrowser.storage.sync.set({ appearance: stored, appearance$: { v: 2 } });
    stopWatching = await startAppearance(html);
    currentView.value = { name: 'settings' };
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<App />, root));
  }
  const choice = (name: string) =>
    root.querySelector<HTMLInputElement>(`[data-choice="${name}"] input`) ?? fail(`no choice ${name}`);
  const fail = (message: string): never => {
    throw new Error(message);
  };
  const choose = async (name: string) => {
    act(() => {
      choice(name).click();
    });
    await settle();
  };
  const status = () => root.querySelector('section.settings > [role="status"]')?.textContent ?? '';

  beforeEach(async () => {
    // The settings view's code loads lazily in the panel; load it up front so renders are synchronous.
    await preloadViews();
    vi.stubGlobal('fetch', async () => new Response(es));
  });
  afterEach(async () => {
    stopWatching();
    act(() => render(null, root));
    root.remove();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    await setLanguage('auto');
    delete html.dataset.theme;
    html.style.removeProperty('--text-scale');
  });

  it('groups every control under a labelled fieldset and checks the stored choices', async () => {
    await mount({ theme: 'dark', textSize: 150, language: 'auto' });
    const legends = [...root.querySelectorAll('legend')].map((legend) => legend.textContent);
    expect(legends.slice(0, 3)).toEqual(['Theme', 'Text size', 'Language']);
    expect(choice('theme-dark').checked).toBe(true);
    expect(choice('language-auto').checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('input[type="range"]')?.value).toBe('150');
    expect(root.querySelector('.settings-text-size-value')?.textContent).toBe('150 %');
    // Applied before render: theme attribute and text scale on <html>.
    expect(html.dataset.theme).toBe('dark');
    expect(html.style.getPropertyValue('--text-scale')).toBe('1.5');
  });

  it("includes the timer's own settings and alert forms", async () => {
    await mount();
    await settle();
    const headings = [...root.querySelectorAll('h3')].map((heading) => heading.textContent);
    expect(headings).toContain('Timer settings');
    expect([...root.querySelectorAll('legend')].map((legend) => legend.textContent)).toContain('Alerts');
  });

  it('applies a theme at once, saves it to sync and confirms calmly', async () => {
    await mount();
    expect(html.dataset.theme).toBeUndefined();
    await choose('theme-high-contrast');
    expect(html.dataset.theme).toBe('high-contrast');
    await expect(fakeBrowser.storage.sync.get('appearance')).resolves.toEqual({
      appearance: { theme: 'high-contrast', textSize: 100, language: 'auto', shortcuts: true },
    });
    expect(status()).toBe('Saved. Theme: High contrast.');
    await choose('theme-system');
    expect(html.dataset.theme).toBeUndefined();
  });

  it('changes text size with the buttons, within 100–200 %', async () => {
    await mount({ theme: 'system', textSize: 190, language: 'auto' });
    const larger = root.querySelector<HTMLButtonElement>('[data-step="larger"]') ?? fail('no larger');
    act(() => larger.click());
    await settle();
    expect(appearance.value.textSize).toBe(200);
    expect(html.style.getPropertyValue('--text-scale')).toBe('2');
    expect(larger.getAttribute('aria-disabled')).toBe('true');
    act(() => larger.click());
    await settle();
    expect(appearance.value.textSize).toBe(200);
    const smaller = root.querySelector<HTMLButtonElement>('[data-step="smaller"]') ?? fail('no smaller');
    act(() => smaller.click());
    await settle();
    expect(appearance.value.textSize).toBe(190);
    expect(status()).toBe('Saved. Text size: 190 %.');
  });

  it('switches the whole panel to Spanish, and confirms in Spanish', async () => {
    await mount();
    await choose('language-es');
    expect(html.lang).toBe('es');
    expect(root.querySelector('h2')?.textContent).toBe('Ajustes');
    expect(root.querySelector('.method-strip')?.textContent).toContain('Inhibición recíproca');
    expect(status()).toBe('Guardado. Idioma: Español.');
    await choose('language-auto');
    expect(html.lang).toBe('en');
    expect(root.querySelector('h2')?.textContent).toBe('Settings');
  });

  it('keeps the previous value and says so when sync refuses the write', async () => {
    await mount({ theme: 'light', textSize: 100, language: 'auto' });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'),
    );
    await choose('theme-dark');
    expect(appearance.value.theme).toBe('light');
    expect(html.dataset.theme).toBe('light');
    expect(choice('theme-light').checked).toBe(true);
    expect(status()).toContain('could not be saved');
    await expect(fakeBrowser.storage.sync.get('appearance')).resolves.toMatchObject({
      appearance: { theme: 'light' },
    });
  });

  it('shows a notice for a corrupt stored value and uses the default, without crashing', async () => {
    await mount({ theme: 'neon', textSize: 'huge', language: 'es' });
    expect(root.querySelector('.settings-warning')?.textContent).toContain('Tema, Tamaño del texto');
    expect(choice('theme-system').checked).toBe(true);
    expect(html.lang).toBe('es');
    // Choosing a value stores a whole valid object, and the notice goes.
    await choose('theme-dark');
    expect(root.querySelector('.settings-warning')).toBeNull();
    await expect(fakeBrowser.storage.sync.get('appearance')).resolves.toEqual({
      appearance: { theme: 'dark', textSize: 100, language: 'es', shortcuts: true },
    });
  });

  it('follows a change made in another panel or synced browser', async () => {
    await mount();
    await fakeBrowser.storage.sync.set({ appearance: { theme: 'dark', textSize: 120, language: 'auto' } });
    await settle();
    expect(html.dataset.theme).toBe('dark');
    expect(choice('theme-dark').checked).toBe(true);
  });
});

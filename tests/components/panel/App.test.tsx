import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/components/panel/App';
import { onShortcutKey } from '@/components/panel/shortcuts';
import { preloadViews } from '@/components/panel/views';
import { currentView } from '@/lib/navigation';
import { defaultAppearance } from '@/lib/settings/appearance';
import { appearance } from '@/lib/settings/model';

describe('App', () => {
  let root: HTMLElement;
  beforeEach(() => {
    currentView.value = { name: 'home' };
    root = document.createElement('div');
    document.body.append(root);
    // As the entrypoint does, before the first render.
    document.addEventListener('keydown', onShortcutKey);
    act(() => render(<App />, root));
  });
  // The panel preloads its views when idle; let that finish before the test environment goes away.
  afterAll(() => preloadViews());
  afterEach(() => {
    document.removeEventListener('keydown', onShortcutKey);
    appearance.value = { ...defaultAppearance };
    act(() => render(null, root));
    root.remove();
  });

  const press = (key: string, target: EventTarget = document.body) =>
    act(() => {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    });

  it('shows the four methods as short words, each read with its full name', () => {
    const buttons = [...root.querySelectorAll('.method-strip button')];
    expect(buttons.map((b) => b.querySelector('.method-name')?.textContent)).toEqual([
      'Press',
      'Stretch',
      'Hot/cold',
      'Opposite',
    ]);
    expect(buttons.map((b) => b.textContent)).toEqual([
      '1Press, Compression',
      '2Stretch, Light stretching',
      '3Hot/cold, Hot/cold contrast',
      '4Opposite, Reciprocal inhibition',
    ]);
  });

  it('opens the section menu and closes it on a choice, with Escape returning focus', () => {
    const menu = root.querySelector<HTMLButtonElement>('.section-menu-button');
    const nav = root.querySelector<HTMLElement>('#section-nav');
    expect(menu?.getAttribute('aria-expanded')).toBe('false');
    expect(nav?.hidden).toBe(true);
    act(() => menu?.click());
    expect(menu?.getAttribute('aria-expanded')).toBe('true');
    expect(nav?.hidden).toBe(false);
    const timer = [...(nav?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent === 'Contrast timer',
    );
    act(() => timer?.click());
    expect(currentView.value.name).toBe('timer');
    expect(nav?.hidden).toBe(true);
    act(() => menu?.click());
    act(() => {
      nav
        ?.querySelector('button')
        ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(nav?.hidden).toBe(true);
    expect(document.activeElement).toBe(menu);
  });

  it('opens a method on keys 1–4 and marks it current in the strip', () => {
    press('2');
    expect(root.querySelector('article')?.getAttribute('data-technique')).toBe('stretching');
    expect(root.querySelector('[data-method="stretching"]')?.getAttribute('aria-current')).toBe('page');
    press('4');
    expect(root.querySelector('article')?.getAttribute('data-technique')).toBe('reciprocal');
  });

  it('opens Cramp now on C and starts it over on a second C', () => {
    press('c');
    expect(currentView.value.name).toBe('crampNow');
    expect(root.querySelector('.cramp-now-button')?.getAttribute('aria-current')).toBe('page');
    press('2');
    expect(currentView.value.name).toBe('technique');
    press('C');
    expect(currentView.value.name).toBe('crampNow');
  });

  it('ignores number keys typed into a field and with modifiers', () => {
    const input = document.createElement('input');
    root.append(input);
    press('3', input);
    expect(root.querySelector('article')).toBeNull();
    act(() => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '3', ctrlKey: true, bubbles: true }));
    });
    expect(root.querySelector('article')).toBeNull();
  });

  it('ignores single-key shortcuts on the finder, which takes typing', () => {
    act(() => {
      currentView.value = { name: 'finder' };
    });
    press('l');
    press('2');
    expect(currentView.value.name).toBe('finder');
  });

  it('ignores single-key shortcuts when Settings turned them off', () => {
    act(() => {
      appearance.value = { ...defaultAppearance, shortcuts: false };
    });
    press('2');
    press('l');
    expect(currentView.value.name).toBe('home');
    act(() => {
      appearance.value = { ...defaultAppearance, shortcuts: true };
    });
    press('l');
    expect(currentView.value.name).toBe('log');
  });

  it('switches a method between self and caregiver steps', () => {
    press('1');
    const caregiver = [...root.querySelectorAll('fieldset button')].find(
      (b) => b.textContent === 'With a caregiver',
    );
    act(() => (caregiver as HTMLButtonElement).click());
    expect(root.querySelector('ol.steps')?.getAttribute('data-version')).toBe('caregiver');
    expect(caregiver?.getAttribute('aria-pressed')).toBe('true');
  });
});

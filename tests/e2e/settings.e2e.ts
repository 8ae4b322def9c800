import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  launchExtension,
  openExtensionPage,
  openSection,
  saveScreenshot,
  seriousAxeViolations,
} from './harness';

/** Sync storage as the extension page sees it. */
const syncGet = (page: Page) =>
  page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<unknown> } } } }
    ).chrome.storage.sync.get('appearance'),
  ) as Promise<{ appearance?: Record<string, unknown> }>;
const syncSet = (page: Page, value: unknown) =>
  page.evaluate(
    (items) =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { set(i: object): Promise<void> } } } }
      ).chrome.storage.sync.set(items),
    { appearance: value, appearance$: { v: 2 } },
  );

const openSettings = async (page: Page) => {
  await openSection(page, /^(Settings|Ajustes)$/);
  await page.locator('section.settings').waitFor();
  // The view's heading takes focus in an effect: let it land before a test moves focus by keyboard.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('settingsSection-title');
};
/** Opens a method from the pinned strip (keys 1–4 are ignored while a form control has focus). */
const openMethod = async (page: Page, index: number) => {
  await page.locator('.method-strip button[data-method]').nth(index).click();
  await page.locator('article[data-technique]').waitFor();
};
const choose = (page: Page, name: string) => page.locator(`[data-choice="${name}"]`).click();
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const surfaceColour = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

describe('settings, themes and languages in Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchExtension();
    page = await openExtensionPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the settings view, every control at least 44×44 px, and passes axe', async () => {
    await openSettings(page);
    await expect(page.getByRole('radiogroup', { name: 'Theme' }).count()).resolves.toBe(0); // fieldsets, not ARIA groups
    await expect(page.getByRole('group', { name: 'Theme' }).getByRole('radio').count()).resolves.toBe(4);
    await expect(page.getByRole('group', { name: 'Language' }).getByRole('radio').count()).resolves.toBe(3);
    await expect(page.getByRole('slider', { name: 'Text size' }).count()).resolves.toBe(1);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('section.settings :is(button, a[href], input, select, textarea)')]
        .map((el) => ({ name: el.outerHTML.slice(0, 60), box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(({ name, box }) => `${name} ${box.width}×${box.height}`),
    );
    expect(small).toEqual([]);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
  });

  it('is usable by keyboard alone: arrow keys move the theme choice and apply it', async () => {
    await page.locator('[data-choice="theme-system"] input').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    // The focus ring is visible on the tile.
    const outline = await page
      .locator('[data-choice="theme-system"]')
      .evaluate((el) => parseFloat(getComputedStyle(el).outlineWidth));
    expect(outline).toBeGreaterThanOrEqual(3);
  });

  it('switches the panel to Spanish: settings, method strip and a technique detail', async () => {
    await choose(page, 'language-es');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    await expect.poll(() => page.locator('section.settings h2').textContent()).toBe('Ajustes');
    await expect
      .poll(() => page.locator('section.settings > [role="status"]').textContent())
      .toBe('Guardado. Idioma: Español.');
    const strip = page.getByRole('navigation', { name: 'Los cuatro métodos de alivio' });
    for (const name of ['Compresión', 'Estiramiento suave', 'Contraste frío/calor', 'Inhibición recíproca']) {
      await expect(strip.getByRole('button', { name: new RegExp(name) }).isVisible()).resolves.toBe(true);
    }
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);

    await openMethod(page, 3);
    const detail = page.locator('article[data-technique="reciprocal"]');
    await expect(detail.locator('h2').textContent()).resolves.toContain('Inhibición recíproca');
    await expect(detail.textContent()).resolves.toContain('tríceps');
    await expect(detail.textContent()).resolves.toContain('isquiotibiales');
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'settings-spanish-technique');
    await expect(syncGet(page)).resolves.toEqual({
      appearance: { theme: 'system', textSize: 100, language: 'es', shortcuts: true },
    });
  });

  it('keeps Spanish after a reload, applied before the first paint', async () => {
    await page.reload();
    await page.locator('.method-strip').waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    await expect(page.title()).resolves.toBe('Spasm Relief');
    await expect(page.locator('.method-strip').textContent()).resolves.toContain('Compresión');
  });

  for (const theme of ['dark', 'high-contrast'] as const) {
    it(`applies the ${theme} theme over a light system, and passes axe in Spanish`, async () => {
      await page.reload();
      await openSettings(page);
      await choose(page, `theme-${theme}`);
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await expect(surfaceColour(page)).resolves.toBe(theme === 'dark' ? 'rgb(18, 21, 26)' : 'rgb(0, 0, 0)');
      await expect(seriousAxeViolations(page)).resolves.toEqual([]);
      await saveScreenshot(page, `settings-${theme}`);
      for (const index of [0, 2]) {
        await openMethod(page, index);
        await expect(seriousAxeViolations(page)).resolves.toEqual([]);
      }
      await openSection(page, 'Seguridad y fuentes');
      await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    });
  }

  it('shows a focus ring of at least 4 px and thick borders in high contrast', async () => {
    await page.locator('.method-strip button[data-method]').first().focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    const style = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const css = getComputedStyle(el);
      return {
        outline: parseFloat(css.outlineWidth),
        border: parseFloat(css.borderTopWidth),
        tag: el.tagName,
      };
    });
    expect(style.tag).toBe('BUTTON');
    expect(style.outline).toBeGreaterThanOrEqual(4);
    expect(style.border).toBeGreaterThanOrEqual(3);
  });

  it('scales the whole panel to 200 % with no sideways scrolling in a 360 px panel', async () => {
    await openSettings(page);
    await page.getByRole('slider', { name: 'Tamaño del texto' }).focus();
    await page.keyboard.press('End');
    await expect(page.locator('.settings-text-size-value').textContent()).resolves.toBe('200 %');
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).resolves.toBe(
      '32px',
    );
    await expect(syncGet(page)).resolves.toMatchObject({ appearance: { textSize: 200 } });
    expect(await horizontalOverflow(page), 'settings').toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'settings-text-200');
    for (const index of [0, 1, 2, 3]) {
      await openMethod(page, index);
      expect(await horizontalOverflow(page), `method ${index + 1}`).toBeLessThanOrEqual(0);
    }
    // The section menu's labels (its list is hidden until the Menu button opens it).
    const sections = await page.locator('#section-nav button').allTextContents();
    expect(sections.length).toBe(7);
    for (const section of sections) {
      await openSection(page, section);
      expect(await horizontalOverflow(page), `section ${section}`).toBeLessThanOrEqual(0);
    }
    await openMethod(page, 0);
    // Scrolled down, the view (not the pinned header) fills the panel: large text never buries it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const centreIsView = await page.evaluate(
      () => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('main') !== null,
    );
    expect(centreIsView).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'technique-text-200');
  });

  it('passes axe in every section, in Spanish, in dark and in high contrast', async () => {
    await page.setViewportSize({ width: 360, height: 720 });
    for (const theme of ['dark', 'high-contrast'] as const) {
      await syncSet(page, { theme, textSize: 100, language: 'es' });
      await page.reload();
      await page.locator('.method-strip').waitFor();
      for (const section of await page.locator('#section-nav button').allTextContents()) {
        await openSection(page, section);
        await page.locator('main h2').first().waitFor();
        expect(await seriousAxeViolations(page), `${theme} / ${section}`).toEqual([]);
      }
    }
  });

  it('lets a chosen light theme win over a dark system, and keeps focus visible in forced colours', async () => {
    await syncSet(page, { theme: 'light', textSize: 100, language: 'en' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await openSettings(page);
    await expect(surfaceColour(page)).resolves.toBe('rgb(255, 255, 255)');
    await choose(page, 'theme-system');
    await expect(surfaceColour(page)).resolves.toBe('rgb(18, 21, 26)');

    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    await page.locator('[data-choice="theme-system"] input').focus();
    await page.keyboard.press('ArrowDown');
    const tile = page.locator('[data-choice="theme-light"]');
    const style = await tile.evaluate((el) => {
      const css = getComputedStyle(el);
      return { outline: parseFloat(css.outlineWidth), border: parseFloat(css.borderTopWidth) };
    });
    expect(style.outline).toBeGreaterThanOrEqual(3);
    // The chosen tile is marked by a thicker border and a tick, not only by colour.
    expect(style.border).toBeGreaterThanOrEqual(4);
    await expect(tile.locator('.settings-choice-mark').textContent()).resolves.toBe('✓');
    await page.emulateMedia({ forcedColors: 'none' });
  });

  it('falls back to the default with a notice for a corrupt stored value, without crashing', async () => {
    await syncSet(page, { theme: 'neon', textSize: 'enorme', language: 'es' });
    await page.reload();
    await openSettings(page);
    await expect(page.locator('.settings-warning').textContent()).resolves.toContain(
      'Tema, Tamaño del texto',
    );
    await expect(page.locator('[data-choice="theme-system"] input').isChecked()).resolves.toBe(true);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    // What was stored stays until the user chooses something.
    await expect(syncGet(page)).resolves.toEqual({
      appearance: { theme: 'neon', textSize: 'enorme', language: 'es' },
    });
    await choose(page, 'language-en');
    await expect.poll(() => page.locator('section.settings h2').textContent()).toBe('Settings');
    await expect.poll(() => page.locator('.settings-warning').count()).toBe(0);
  });
  it('never disturbs a running timer: theme, language and text size change while a session runs', async () => {
    await syncSet(page, { theme: 'system', textSize: 100, language: 'en' });
    await page.reload();
    await openSection(page, 'Contrast timer');
    await page.locator('main').getByRole('button', { name: 'Start', exact: true }).click();
    const timerState = () =>
      page.evaluate(
        async () => (await chrome.storage.local.get('contrastTimerState')).contrastTimerState,
      ) as Promise<{
        status: string;
        endsAt?: number;
        session?: { id: string; stepIndex: number };
      }>;
    await expect.poll(async () => (await timerState()).status).toBe('running');
    const before = await timerState();

    await openSection(page, 'Settings');
    // The timer's own settings and alert forms are part of Settings.
    await expect.poll(() => page.getByRole('heading', { name: 'Timer settings' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('group', { name: 'Alerts' }).count()).toBe(1);
    await choose(page, 'theme-dark');
    await page.locator('[data-step="larger"]').click();
    await choose(page, 'language-es');
    await expect.poll(() => page.locator('section.settings h2').textContent()).toBe('Ajustes');

    const after = await timerState();
    expect(after).toEqual(before);
    await openSection(page, 'Temporizador de contraste');
    await expect
      .poll(() => page.locator('main').getByRole('button', { name: 'Pausar', exact: true }).count())
      .toBe(1);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'settings-timer-running-es-dark');
  });
});

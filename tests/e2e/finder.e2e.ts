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

/** Chrome's extension event objects can dispatch to their listeners: what a real click or keystroke does. */
type Dispatchable = { dispatch(...args: unknown[]): void };

/** Opens the finder from the section nav and types a query into its search box. */
async function openFinder(page: Page, query?: string) {
  await openSection(page, 'Muscle finder');
  if (query !== undefined) await page.getByLabel('Where is the cramp?').fill(query);
}

const cardGroup = (page: Page) => page.locator('.muscle-card').getAttribute('data-group', { timeout: 5000 });

describe('antagonist finder in Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchExtension();
    page = await openExtensionPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('typing a lay term shows the right card, safety warning first', async () => {
    await openFinder(page, 'charley horse in my left calf');
    await expect(cardGroup(page)).resolves.toBe('calf');
    const card = page.locator('.muscle-card');
    await expect(card.locator('h3').first().textContent()).resolves.toBe('Calf (back of lower leg)');
    await expect(card.locator('h4').first().textContent()).resolves.toBe('Safety first');
    await expect(card.locator('[data-flag="clot"]').isVisible()).resolves.toBe(true);
    await expect(card.getByRole('button', { name: 'Left' }).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    await expect(card.textContent()).resolves.toContain('tibialis anterior');
    // What it read, in the person's words, on screen and not covered.
    await expect(page.locator('[data-read-as]').textContent()).resolves.toContain('“charley horse”');
    await expect(
      page.evaluate(() => {
        const el = document.querySelector('[data-read-as]');
        if (!el) return false;
        el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit !== null && (hit === el || el.contains(hit));
      }),
    ).resolves.toBe(true);
    await saveScreenshot(page, 'finder-calf');
  });

  it('is axe-clean with a result shown (light)', async () => {
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
  });

  it('runs the guided hold with a visible count', async () => {
    const hold = page.locator('.guided-hold');
    await hold.getByRole('button', { name: '5 s' }).click();
    await hold.getByRole('button', { name: 'Start the guided hold' }).click();
    // The count starts in an effect after the click: wait for it, same text.
    await expect
      .poll(() => hold.locator('[role="status"]').textContent())
      .toBe('Push gently now: hold 1 of 3.');
    // Sample the count inside the page for the whole first hold, so a slow round trip on a busy
    // machine cannot miss a value: it must count down through at least two of 5…1, never up.
    const seen = await page.evaluate(async () => {
      const values: number[] = [];
      // Read the drawn phase, not the live region: the region is set in an effect one render after
      // the count, so for a moment it still says hold 1 while the rest's count is drawn.
      const firstHold = () =>
        document.querySelector('.guided-hold-count')?.getAttribute('data-phase') === 'hold' &&
        document.querySelector('.guided-hold-words')?.textContent === 'Push gently now: hold 1 of 3.';
      const until = Date.now() + 8000;
      while (firstHold() && Date.now() < until) {
        const value = Number(document.querySelector('.guided-hold-seconds [aria-hidden]')?.textContent);
        if (values.at(-1) !== value) values.push(value);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return values;
    });
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const [index, value] of seen.entries()) {
      expect(value).toBeGreaterThanOrEqual(1);
      expect(value).toBeLessThanOrEqual(5);
      if (index > 0) expect(value).toBeLessThan(seen[index - 1] ?? 0);
    }
    await hold.getByRole('button', { name: 'Stop' }).click();
  });

  it('offers choices for an ambiguous place, and the body map', async () => {
    await page.getByLabel('Where is the cramp?').fill('thigh');
    const choices = page.locator('.finder-choices button');
    await expect.poll(() => choices.count()).toBe(3);
    await expect.poll(() => page.locator('.body-map').isVisible()).toBe(true);
  });

  it('shows the emergency message for chest pain and breathlessness', async () => {
    await page.getByLabel('Where is the cramp?').fill('chest pain and short of breath');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Call emergency services now');
    await expect(page.locator('.muscle-card').count()).resolves.toBe(0);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
  });

  it('works the body map by keyboard alone: Tab to a region, Enter opens its card', async () => {
    await page.getByLabel('Where is the cramp?').fill('');
    await page.getByLabel('Where is the cramp?').focus();
    let reached = '';
    for (let presses = 0; presses < 80 && reached !== 'hamstrings|left'; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () =>
          `${document.activeElement?.getAttribute('data-group')}|${document.activeElement?.getAttribute('data-side')}`,
      );
    }
    expect(reached).toBe('hamstrings|left');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('button');
    await page.keyboard.press('Enter');
    await expect(cardGroup(page)).resolves.toBe('hamstrings');
    // Focus moves to the card's heading in an effect after the card renders: wait for it, same check.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Hamstrings (back of thigh)');
    await expect(
      page.locator('.muscle-card').getByRole('button', { name: 'Left' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    // Space works too, on a midline region.
    await page.getByRole('button', { name: 'Back to the body map' }).click();
    await page.locator('.body-map-region[data-group="lower_back"]').focus();
    await page.keyboard.press('Space');
    await expect(cardGroup(page)).resolves.toBe('lower_back');
  });

  it('moves between body map regions with the arrow keys', async () => {
    await page.getByRole('button', { name: 'Back to the body map' }).click();
    const focused = () =>
      page.evaluate(
        () =>
          `${document.activeElement?.getAttribute('data-group')}|${document.activeElement?.getAttribute('data-side')}`,
      );
    await page.locator('.body-map-region[data-group="hamstrings"][data-side="left"]').focus();
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe('calf|left');
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe('foot_sole|left');
    // The edge of the figure: focus stays, the page does not scroll away.
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe('foot_sole|left');
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(scrolled);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(cardGroup(page)).resolves.toBe('calf');
  });

  it('the context-menu handler opens the panel and shows the selection', async () => {
    const worker = await browser.worker();
    const panelBefore = await openExtensionPage(browser);
    const opened = await worker.evaluate(async () => {
      const calls: unknown[] = [];
      const sidePanel = chrome.sidePanel as { open: (options: object) => Promise<void> };
      const original = sidePanel.open.bind(sidePanel);
      sidePanel.open = (options: object) => {
        calls.push(options);
        // Without a real click Chromium refuses; the call itself is what the handler must make.
        return original(options).catch(() => undefined);
      };
      const [window] = await chrome.windows.getAll();
      // Chrome's own event object: its listeners are the ones the worker registered at start-up.
      (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch(
        { menuItemId: 'spasm-relief-finder-lookup', selectionText: '  my hammy\n keeps cramping ' },
        { windowId: window?.id },
      );
      // The handler opens the panel before its first await (a user gesture does not outlive one).
      sidePanel.open = original;
      return { calls, windowId: window?.id };
    });
    expect(opened.calls).toEqual([{ windowId: opened.windowId }]);
    // An open panel switches to the finder on the query.
    await expect(cardGroup(panelBefore)).resolves.toBe('hamstrings');
    await expect(panelBefore.getByLabel('Where is the cramp?').inputValue()).resolves.toBe(
      'my hammy keeps cramping',
    );
    await panelBefore.close();

    // A panel that opens after the click picks the stored query up at start.
    await worker.evaluate(async () => {
      const sidePanel = chrome.sidePanel as { open: (options: object) => Promise<void> };
      const original = sidePanel.open.bind(sidePanel);
      sidePanel.open = (options: object) => original(options).catch(() => undefined);
      (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch(
        { menuItemId: 'spasm-relief-finder-lookup', selectionText: 'tib ant' },
        { windowId: 1 },
      );
      sidePanel.open = original;
    });
    // The query waits in session storage for the panel that opens next.
    await expect
      .poll(async () =>
        JSON.stringify(await worker.evaluate(() => chrome.storage.session.get('finderPendingLookup'))),
      )
      .toContain('tib ant');
    const panelAfter = await openExtensionPage(browser);
    await expect(cardGroup(panelAfter)).resolves.toBe('shin');
    await panelAfter.close();
  });

  it('omnibox Enter opens the finder in an extension tab when the panel cannot open', async () => {
    const worker = await browser.worker();
    const tabOpened = browser.context.waitForEvent('page');
    await worker.evaluate(() =>
      (chrome.omnibox.onInputEntered as unknown as Dispatchable).dispatch(
        'back of thigh',
        'newForegroundTab',
      ),
    );
    const tab = await tabOpened;
    await tab.waitForLoadState();
    expect(tab.url()).toContain('sidepanel.html?lookup=back%20of%20thigh');
    await expect(cardGroup(tab)).resolves.toBe('hamstrings');
    await tab.close();
  });

  it('stays readable at 200% zoom in a 360 px panel: nothing in the finder runs off the side', async () => {
    const zoomed = await openExtensionPage(browser);
    // 360 CSS px at 200% zoom lays out like a 180 px wide viewport.
    await zoomed.setViewportSize({ width: 180, height: 720 });
    for (const query of ['left calf', 'thigh', 'chest pain', '']) {
      await openFinder(zoomed, query);
      const overflowing = await zoomed.evaluate(() =>
        [...document.querySelectorAll('.finder *')]
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
          .map((element) => element.tagName + (element.className ? `.${element.className}` : '')),
      );
      expect(overflowing, query).toEqual([]);
    }
    await saveScreenshot(zoomed, 'finder-zoom-200');
    await zoomed.close();
  });

  it('gives Chrome omnibox descriptions it accepts as XML, for hostile input and many groups', async () => {
    const worker = await browser.worker();
    const result = await worker.evaluate(async () => {
      const inputs = [
        'calf & shin',
        '<b>thigh</b>',
        'hand "curls" up',
        'chest pain',
        'zzzz',
        "writer's cramp",
      ];
      const names = [
        'calf',
        'shin',
        'arch',
        'top of foot',
        'peroneal',
        'hammy',
        'quad',
        'groin',
        'side of hip',
      ];
      // The worker's own omnibox listener answers each text: suggestions come back through `suggest`,
      // the default suggestion goes to Chrome, whose refusal of malformed XML would be an unhandled
      // rejection in the worker.
      const refusals: string[] = [];
      const onRefusal = (event: PromiseRejectionEvent) => refusals.push(String(event.reason));
      self.addEventListener('unhandledrejection', onRefusal);
      const onInputChanged = chrome.omnibox.onInputChanged as unknown as Dispatchable;
      const descriptions: string[] = [];
      for (const text of [...inputs, ...names]) {
        const suggestions = await new Promise<{ description: string }[]>((resolve) =>
          onInputChanged.dispatch(text, resolve),
        );
        descriptions.push(...suggestions.map((suggestion) => suggestion.description));
      }
      const failures: string[] = [];
      for (const description of descriptions) {
        // Chrome parses the description as XML here and refuses malformed markup.
        await chrome.omnibox.setDefaultSuggestion({ description }).catch((error: unknown) => {
          failures.push(`${description}: ${String(error)}`);
        });
      }
      // The checks can fail: raw markup is refused, and a refusal left unhandled is seen.
      const control = await chrome.omnibox.setDefaultSuggestion({ description: 'a < b' }).then(
        () => 'accepted',
        () => 'refused',
      );
      // One unhandled refusal, sent last and marked: unhandled rejections are reported in order, so
      // once it is seen every refusal of the calls above has been seen too (no fixed wait that a busy
      // machine could outlast).
      const marker = 'Error: the control refusal';
      void chrome.omnibox.setDefaultSuggestion({ description: 'a < b' }).catch(() => {
        throw new Error('the control refusal');
      });
      const until = Date.now() + 20_000;
      while (!refusals.includes(marker) && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const defaultRefusals = refusals.filter((reason) => reason !== marker);
      self.removeEventListener('unhandledrejection', onRefusal);
      return {
        failures: [...failures, ...defaultRefusals],
        count: descriptions.length,
        control,
        unhandledControl: refusals.length - defaultRefusals.length,
      };
    });
    expect(result.control).toBe('refused');
    expect(result.unhandledControl).toBe(1);
    expect(result.count).toBeGreaterThan(15);
    expect(result.failures).toEqual([]);
  });

  it('registers the context-menu item and the omnibox keyword', async () => {
    const manifest = await (await browser.worker()).evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions).toContain('contextMenus');
    expect((manifest as { omnibox?: { keyword: string } }).omnibox?.keyword).toBe('cramp');
  });
});

describe('antagonist finder in Spanish', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('understands a Spanish query and shows the Spanish card, axe-clean', async () => {
    const page = await openExtensionPage(browser);
    await page.evaluate(() =>
      chrome.storage.sync.set({
        appearance: { theme: 'system', textSize: 100, language: 'es' },
        appearance$: { v: 2 },
      }),
    );
    await page.reload();
    await page.locator('.method-strip').waitFor();
    await openSection(page, 'Buscador de músculos');
    await page.locator('#finder-query').fill('calambre en la pantorrilla izquierda');
    await expect(cardGroup(page)).resolves.toBe('calf');
    const card = page.locator('.muscle-card');
    await expect(card.locator('h3').first().textContent()).resolves.toMatch(/^Pantorrilla/);
    await expect(card.locator('[aria-pressed="true"]').first().textContent()).resolves.toMatch(/^Izq/);
    await page.locator('#finder-query').fill('dolor en el pecho y falta de aire');
    await expect.poll(() => page.getByRole('alert').isVisible()).toBe(true);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
  });
});

describe('antagonist finder in dark mode', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchExtension({ colorScheme: 'dark' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is axe-clean with a result and the body map shown', async () => {
    const page = await openExtensionPage(browser);
    await openFinder(page, 'between my shoulder blades');
    await expect(cardGroup(page)).resolves.toBe('upper_back');
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'finder-dark');
    await page.getByLabel('Where is the cramp?').fill('');
    await page.locator('.body-map-list summary').click();
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'finder-map-dark');
    // The emergency message must be readable in dark mode too.
    await page.getByLabel('Where is the cramp?').fill('my jaw is locked and I cannot swallow');
    await expect.poll(() => page.getByRole('alert').isVisible()).toBe(true);
    await expect(cardGroup(page)).resolves.toBe('jaw');
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
  });
});

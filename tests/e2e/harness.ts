import { appendFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

/** The production build under test; WXT_OUT_DIR matches the build's own output folder. */
export const extensionPath = resolve(
  process.env.E2E_EXTENSION ?? join(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3'),
);

import { createLogStores, logDbName, logDbVersion } from '../../lib/log/schema';
import { chromiumPath, extensionArgs } from '../tools/chromium.mjs';

export { chromiumPath };
/** Where screenshots land; `npm run screenshots` publishes the README and user-guide ones to docs/screenshots. */
export const artifactsDir = resolve('.e2e-artifacts');

/** A Chromium with the extension loaded, on its own profile. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The extension's service worker as Playwright sees it (re-read after a restart). */
  worker(): Promise<Worker>;
  /** Closes the browser; the profile is deleted unless `keepProfile`. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * Launches Debian's Chromium headless with the built extension. Pass `userDataDir` to relaunch on the
 * same profile (a browser restart mid-session).
 */
export async function launchExtension(
  options: { userDataDir?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<ExtensionBrowser> {
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'spasm-relief-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 360, height: 720 },
    args: [
      ...extensionArgs(extensionPath),
      // Every request goes to the e2e run's recording proxy (tests/e2e/global-setup.ts), loopback too.
      ...(process.env.E2E_PROXY
        ? [`--proxy-server=${process.env.E2E_PROXY}`, '--proxy-bypass-list=<-loopback>']
        : []),
    ],
  });
  // Any http(s)/ws request from an extension page or the worker is a privacy failure: record it for the
  // global network guard (tests/e2e/global-setup.ts), which fails the run at the end.
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(https?|wss?|ftp):/i.test(url) || !process.env.E2E_NETWORK_LOG) return;
    let from = 'service worker';
    try {
      from = request.frame().url();
    } catch {
      // Worker requests have no frame.
    }
    appendFileSync(
      process.env.E2E_NETWORK_LOG,
      `${JSON.stringify({ via: 'context', method: request.method(), target: url, from })}\n`,
    );
  });
  const worker = async () => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return existing ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  };
  const extensionId = new URL((await worker()).url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    worker,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens an extension page (default: the side panel document) in a normal tab. */
export async function openExtensionPage(browser: ExtensionBrowser, path = 'sidepanel.html'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

/**
 * Stops the extension's service worker the way Chrome does when it idles out (CDP Target.closeTarget).
 * Afterwards do not touch the old Worker handle: drive checks from an extension page.
 */
export async function stopServiceWorker(browser: ExtensionBrowser): Promise<boolean> {
  const cdp = await browser.context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('No browser-level CDP session: cannot stop the worker');
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const target = targetInfos.find(
      (info) =>
        info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${browser.extensionId}/`),
    );
    if (!target) return false;
    await cdp.send('Target.closeTarget', { targetId: target.targetId });
    // closeTarget answers before the worker is gone; an event sent to a worker that is still shutting
    // down can be lost with it. Wait until this worker instance has left the target list (a new
    // instance started by a later event gets a new target id).
    for (let i = 0; i < 100; i++) {
      const { targetInfos: now } = (await cdp.send('Target.getTargets')) as {
        targetInfos: { targetId: string }[];
      };
      if (!now.some((info) => info.targetId === target.targetId)) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return true;
  } finally {
    await cdp.detach();
  }
}

const require = createRequire(import.meta.url);

/** Runs axe-core in the page; returns the violations of impact serious or critical. */
export async function seriousAxeViolations(page: Page) {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const results = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe.run(
      document,
      {
        resultTypes: ['violations'],
      },
    ),
  )) as { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}

/** Saves a full-page screenshot under .e2e-artifacts/ and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  // From the top: a full-page capture of a scrolled page draws the pinned header mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Every record in the cramp log's IndexedDB, read straight from an extension page (independent of the
 * UI). It only looks: a database that does not exist yet reads as empty rather than being created (an
 * empty version-1 database is one the worker's writer rightly leaves alone, so a probe would break it).
 */
export async function readLogRecords<T = Record<string, unknown>>(page: Page): Promise<T[]> {
  return page.evaluate(async () => {
    const databases = await indexedDB.databases();
    if (!databases.some((info) => info.name === 'spasm-relief-log')) return [];
    return new Promise<T[]>((resolve, reject) => {
      const open = indexedDB.open('spasm-relief-log');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('entries')) {
          db.close();
          resolve([]);
          return;
        }
        const request = db.transaction('entries').objectStore('entries').getAll();
        request.onsuccess = () => {
          db.close();
          resolve(request.result as T[]);
        };
        request.onerror = () => {
          db.close();
          reject(request.error);
        };
      };
    });
  });
}

/**
 * Runs `write` in an extension page with the cramp log's database open at the product's current
 * version; the stores it lacks are made by the product's own `createLogStores` (lib/log/schema.ts),
 * so a seed never pins an old version the product would then have to upgrade or be blocked by.
 * `write` and `arg` cross into the page as source and JSON (no closures); the database is closed after.
 */
export function writeLogDb<A, R>(
  page: Page,
  write: (db: IDBDatabase, arg: A) => Promise<R>,
  arg: A,
): Promise<R> {
  const open = (name: string, version: number, create: (db: IDBDatabase, oldVersion: number) => void) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, version);
      request.onupgradeneeded = (event) => create(request.result, event.oldVersion);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  // One expression, so the product's function travels as source: an extension page allows no eval.
  return page.evaluate(`(async () => {
    const db = await (${open})(${JSON.stringify(logDbName)}, ${logDbVersion}, ${createLogStores});
    try {
      return await (${write})(db, ${JSON.stringify(arg)});
    } finally {
      db.close();
    }
  })()`) as Promise<R>;
}

/**
 * Opens a section from the pinned menu: the "Menu" button shows the section list (unless it is open),
 * then the section's button. `name` is the section's label (a RegExp for other languages).
 */
export async function openSection(page: Page, name: string | RegExp) {
  const nav = page.getByRole('navigation', { name: /^(Sections|Secciones)$/ });
  if (!(await nav.isVisible())) await page.getByRole('button', { name: /^(Menu|Menú)$/ }).click();
  await nav.getByRole('button', { name, exact: typeof name === 'string' }).click();
}

/** Switches an open panel page to the contrast timer; returns the timer's region. */
export async function showTimer(page: Page) {
  await openSection(page, 'Contrast timer');
  return page.getByRole('region', { name: 'Contrast timer' });
}

/** Opens the side panel page in a tab, on the contrast timer. */
export async function openTimer(browser: ExtensionBrowser) {
  const page = await openExtensionPage(browser);
  return { page, region: await showTimer(page) };
}

/**
 * Sends a contrast-timer command to the worker the way the panel does (@webext-core/messaging's
 * format) from an extension page; answers 'ok' once the new state is stored, or `error: <message>`.
 */
export const timerCommand = (page: Page, command: string) =>
  page.evaluate(async (command) => {
    const reply = (await chrome.runtime.sendMessage({
      id: Math.floor(Math.random() * 1e6),
      type: 'timerCommand',
      data: { command },
      timestamp: Date.now(),
    })) as { err?: { message?: string } } | undefined;
    return reply?.err ? `error: ${reply.err.message}` : 'ok';
  }, command);

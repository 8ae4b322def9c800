#!/usr/bin/env node
// Side panel start-up in Chromium: time from navigation start to the four methods painted, and to the
// load event, median of N loads, next to a blank page served the same way (a chrome-extension:// page of
// the same build, in the same run) and the ratio. Prints a table; asserts nothing.
// Every measured load starts from the same state: an idle page of the extension (not measured). Going
// straight from one measured page to the next would charge the next one for the previous one's
// unloading and after-paint work (the panel preloads its other views once idle), which made the
// blank page look slower and the ratio look better than it is.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, extensionArgs } from './chromium.mjs';

const loads = Number(process.env.BENCH_LOADS ?? 20);
const source = resolve(process.env.E2E_EXTENSION ?? join(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3'));
// A copy of the build with one extra blank page, so the product itself ships nothing for the bench.
const ext = mkdtempSync(join(tmpdir(), 'spasm-relief-bench-ext-'));
cpSync(source, ext, { recursive: true });
writeFileSync(
  join(ext, 'blank.html'),
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>blank</title><p>.</p></html>',
);

const profile = mkdtempSync(join(tmpdir(), 'spasm-relief-bench-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: true,
  viewport: { width: 360, height: 720 },
  args: extensionArgs(ext),
});
let [sw] = context.serviceWorkers();
if (!sw) sw = await context.waitForEvent('serviceworker');
const id = new URL(sw.url()).host;

/** Loads a page from a resting page and reads its paint and load timings (ms from navigation start). */
async function measure(page, path, readyMark) {
  await page.goto(`chrome-extension://${id}/blank.html?rest`, { waitUntil: 'load' });
  // Twice idle: the previous page's teardown and the resting page's own start are both done.
  await page.evaluate(async () => {
    for (let i = 0; i < 2; i++) await new Promise((r) => requestIdleCallback(r, { timeout: 1000 }));
  });
  await page.goto(`chrome-extension://${id}/${path}`, { waitUntil: 'load' });
  return page.evaluate(async (mark) => {
    const wait = (ms) => new Promise((r) => setTimeout(r, ms));
    for (let i = 0; i < 100; i++) {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const ready = mark ? performance.getEntriesByName(mark)[0] : fcp;
      const nav = performance.getEntriesByType('navigation')[0];
      if (fcp && ready && nav?.loadEventEnd > 0)
        return {
          paint: ready.startTime,
          fcp: fcp.startTime,
          load: nav.loadEventEnd,
          // For BENCH_BREAKDOWN: where the time before first paint goes.
          responseEnd: nav.responseEnd,
          domInteractive: nav.domInteractive,
          domContentLoaded: nav.domContentLoadedEventEnd,
        };
      await wait(20);
    }
    throw new Error(`no paint timing for ${location.pathname}`);
  }, readyMark);
}

const page = await context.newPage();
const panel = [];
const blank = [];
await measure(page, 'sidepanel.html', 'methods-painted'); // warm-up: first load compiles and caches
await measure(page, 'blank.html');
for (let i = 0; i < loads; i++) {
  panel.push(await measure(page, 'sidepanel.html', 'methods-painted'));
  blank.push(await measure(page, 'blank.html'));
}
await context.close();
rmSync(profile, { recursive: true, force: true });
rmSync(ext, { recursive: true, force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const rows = [
  [
    'four methods painted (panel) vs first paint (blank)',
    median(panel.map((r) => r.paint)),
    median(blank.map((r) => r.paint)),
  ],
  ['first contentful paint', median(panel.map((r) => r.fcp)), median(blank.map((r) => r.fcp))],
  ['load event end', median(panel.map((r) => r.load)), median(blank.map((r) => r.load))],
];
console.log(`Side panel start-up, median of ${loads} loads each (ms from navigation start)`);
console.log(`${'measure'.padEnd(54)} ${'panel'.padStart(8)} ${'blank'.padStart(8)} ${'ratio'.padStart(7)}`);
for (const [name, p, b] of rows) {
  console.log(
    `${name.padEnd(54)} ${p.toFixed(1).padStart(8)} ${b.toFixed(1).padStart(8)} ${(p / b).toFixed(2).padStart(6)}×`,
  );
}
if (process.env.BENCH_BREAKDOWN) {
  // Navigation timing of the same loads: the HTML received and parsed, the deferred (module) script
  // run (DOMContentLoaded), the load event, the first frame. Between DOMContentLoaded and the mark:
  // the panel's render (a task after the load event) and its first frames.
  const steps = [
    ['HTML received (responseEnd)', 'responseEnd'],
    ['HTML parsed (domInteractive)', 'domInteractive'],
    ['scripts run (DOMContentLoaded end)', 'domContentLoaded'],
    ['load event end', 'load'],
    ['first contentful paint', 'fcp'],
    ['four methods painted (panel)', 'paint'],
  ];
  console.log(`\nBreakdown, median ms from navigation start`);
  for (const [name, key] of steps) {
    const p = median(panel.map((r) => r[key]));
    const b = key === 'paint' ? Number.NaN : median(blank.map((r) => r[key]));
    console.log(
      `${name.padEnd(54)} ${p.toFixed(1).padStart(8)} ${Number.isNaN(b) ? '' : b.toFixed(1).padStart(8)}`,
    );
  }
}

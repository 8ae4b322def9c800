#!/usr/bin/env node
// What a chosen language and theme cost at panel start-up: time from navigation start to the four
// methods painted, median of N loads, for each appearance setting stored in sync (the panel reads it,
// and for a chosen language fetches its catalogue, before the first render). Also prints the catalogue size.
// Prints a table; asserts nothing. Usage: WXT_OUT_DIR=.output-settings node tests/tools/bench-language.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, extensionArgs } from './chromium.mjs';

const loads = Number(process.env.BENCH_LOADS ?? 20);
const ext = resolve(process.env.E2E_EXTENSION ?? join(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3'));
const profile = mkdtempSync(join(tmpdir(), 'spasm-relief-bench-language-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: true,
  viewport: { width: 360, height: 720 },
  args: extensionArgs(ext),
});
let [sw] = context.serviceWorkers();
if (!sw) sw = await context.waitForEvent('serviceworker');
const id = new URL(sw.url()).host;
const page = await context.newPage();
await page.goto(`chrome-extension://${id}/sidepanel.html`);

/** Loads the panel and reads when the method strip first painted (ms from navigation start). */
async function methodsPainted() {
  await page.goto(`chrome-extension://${id}/sidepanel.html`, { waitUntil: 'load' });
  return page.evaluate(async () => {
    for (let i = 0; i < 200; i++) {
      const mark = performance.getEntriesByName('methods-painted')[0];
      if (mark) return mark.startTime;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('the method strip never painted');
  });
}

const cases = [
  ['nothing stored (defaults)', null],
  ['language auto, system theme', { theme: 'system', textSize: 100, language: 'auto' }],
  ['language es (catalogue fetch)', { theme: 'system', textSize: 100, language: 'es' }],
  ['language en, high contrast, 200 %', { theme: 'high-contrast', textSize: 200, language: 'en' }],
];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const rows = [];
for (const [name, value] of cases) {
  await page.evaluate(
    (v) =>
      v === null
        ? chrome.storage.sync.clear()
        : chrome.storage.sync.set({ appearance: v, appearance$: { v: 2 } }),
    value,
  );
  await methodsPainted(); // warm-up
  const times = [];
  for (let i = 0; i < loads; i++) times.push(await methodsPainted());
  rows.push([name, median(times), Math.max(...times)]);
}

await page.evaluate(() =>
  chrome.storage.sync.set({ appearance: { theme: 'system', textSize: 100, language: 'es' } }),
);
await methodsPainted();
const catalogueBytes = await page.evaluate(
  async () => (await (await fetch(chrome.runtime.getURL('/_locales/es/messages.json'))).text()).length,
);
await context.close();
rmSync(profile, { recursive: true, force: true });

console.log(`Panel start-up by appearance setting, ${loads} loads each (ms from navigation start)`);
console.log(`${'stored setting'.padEnd(38)} ${'median'.padStart(8)} ${'max'.padStart(8)}`);
for (const [name, med, max] of rows) {
  console.log(`${name.padEnd(38)} ${med.toFixed(1).padStart(8)} ${max.toFixed(1).padStart(8)}`);
}
console.log(`Spanish catalogue: ${(catalogueBytes / 1024).toFixed(1)} KiB`);

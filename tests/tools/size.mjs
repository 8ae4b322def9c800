#!/usr/bin/env node
// Prints the gzipped bytes of what the side panel loads before first paint (the HTML's scripts,
// module preloads and stylesheets, and the HTML itself when it carries an inlined stylesheet) and of
// the background script; exits 1 over budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const outDir = join(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
const budgets = JSON.parse(readFileSync(new URL('./size-budget.json', import.meta.url), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;

/** Files a page loads up front, read from its built HTML. */
function pageAssets(html) {
  const text = readFileSync(join(outDir, html), 'utf8');
  const refs = [...text.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g)]
    .filter(([tag]) => /<script|rel="(?:stylesheet|modulepreload)"/.test(tag))
    .map(([, ref]) => ref.replace(/^\//, ''));
  return [...new Set(refs)];
}

const panelFiles = pageAssets('sidepanel.html');
// The Chrome build inlines the panel's stylesheet (wxt.config.ts): its bytes are in the HTML.
const inlineStyle = /<style\b/.test(readFileSync(join(outDir, 'sidepanel.html'), 'utf8'));
const rows = [
  ...(inlineStyle
    ? [{ group: 'panel', file: 'sidepanel.html (inline stylesheet)', bytes: gz('sidepanel.html') }]
    : []),
  ...panelFiles.map((file) => ({ group: 'panel', file, bytes: gz(file) })),
  { group: 'background', file: 'background.js', bytes: gz('background.js') },
];
const totals = { panel: 0, background: 0 };
for (const row of rows) totals[row.group] += row.bytes;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const row of rows)
  console.log(`${row.group.padEnd(11)} ${row.file.padEnd(48)} ${kb(row.bytes).padStart(9)}`);
// Each file is a separate fetch before first paint (a few ms each on extension pages): keep it low.
console.log(`panel files before first paint: ${panelFiles.length} (${panelFiles.join(', ')})`);
let failed = false;
for (const [group, total] of Object.entries(totals)) {
  const budget = budgets[group] * 1024;
  const ok = total <= budget;
  failed ||= !ok;
  console.log(`${group} total (gzip): ${kb(total)} of ${kb(budget)} budget ${ok ? 'ok' : 'OVER BUDGET'}`);
}
process.exit(failed ? 1 : 0);

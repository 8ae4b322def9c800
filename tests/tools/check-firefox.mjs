#!/usr/bin/env node
// Checks the Firefox build: the manifest opens our page as a sidebar, and `web-ext lint` finds no errors.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const problems = [];
if (!manifest.sidebar_action?.default_panel) problems.push('manifest has no sidebar_action.default_panel');
if (!manifest.browser_specific_settings?.gecko?.id)
  problems.push('manifest has no browser_specific_settings.gecko.id');
if (manifest.permissions?.some((p) => /^(<all_urls>|\*:|https?:)/.test(p)))
  problems.push('host permissions requested');

const lint = JSON.parse(
  execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
);
for (const error of lint.errors)
  problems.push(`web-ext lint: ${error.code} ${error.message} (${error.file ?? ''})`);
console.log(
  `Firefox build: sidebar_action ${manifest.sidebar_action?.default_panel ?? 'missing'}; web-ext lint: ${lint.errors.length} errors, ${lint.warnings.length} warnings, ${lint.notices.length} notices`,
);
for (const warning of lint.warnings) console.log(`  warning: ${warning.code} ${warning.message}`);
if (problems.length > 0) {
  for (const problem of problems) console.error(`FAIL ${problem}`);
  process.exit(1);
}

// Copies the screenshots the README and docs/user-guide.md show from the last e2e run
// (.e2e-artifacts/, git-ignored) into docs/screenshots/ (tracked). `npm run screenshots` makes them
// first; `npm test` never writes tracked files.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

/** The published screenshots, by the name the e2e test saves them under. */
const published = [
  'panel-home',
  'cramp-now-calf',
  'finder-calf',
  'finder-map-dark',
  'timer-running-light',
  'timer-interrupted',
  'log-form-light',
  'log-trends-light',
  'diary-patterns',
  'clinic-summary-print-A4',
  'settings-high-contrast',
  'settings-spanish-technique',
  'panel-about-dark',
  'access-two-switches',
  'access-dwell',
];

const missing = published.filter((name) => !existsSync(`.e2e-artifacts/${name}.png`));
if (missing.length) {
  console.error(`Not in .e2e-artifacts/ (run the e2e files that make them): ${missing.join(', ')}`);
  process.exit(1);
}
mkdirSync('docs/screenshots', { recursive: true });
for (const name of published) copyFileSync(`.e2e-artifacts/${name}.png`, `docs/screenshots/${name}.png`);
console.log(`Published ${published.length} screenshots to docs/screenshots/`);

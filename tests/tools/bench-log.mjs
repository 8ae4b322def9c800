// Cramp log benchmark: 10,000 entries. Runs the real lib/log code in Node on fake-indexeddb (an
// in-memory IndexedDB written in JavaScript, usually slower than a browser's), so the figures are an
// upper bound for the panel. Prints median and worst of several runs per step.
import 'fake-indexeddb/auto';
import { fileURLToPath } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import { createJiti } from 'jiti';

// lib/ imports with '@/' (as the build does): the same alias here, or lib/log/db.ts does not load.
const jiti = createJiti(import.meta.url, {
  alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) },
});
const { LogStore } = await jiti.import('../../lib/log/store.ts');
const { entryFromDraft } = await jiti.import('../../lib/log/entry.ts');
const { computeTrends, checkNudge, nudgeLookbackMs, trendsLookbackMs } =
  await jiti.import('../../lib/log/trends.ts');
const { compareBeforeAfter, methodStarts } = await jiti.import('../../lib/log/beforeAfter.ts');
const { medicineChanges, localDayKey } = await jiti.import('../../lib/log/medicine.ts');
const { computeClinicSummary } = await jiti.import('../../lib/log/clinicSummary.ts');
const { toCsv } = await jiti.import('../../lib/log/csv.ts');
const { toBackupJson, parseBackup } = await jiti.import('../../lib/log/backup.ts');
const { muscleGroupIds } = await jiti.import('../../lib/muscles/ids.ts');

const count = Number(process.env.BENCH_LOG_ENTRIES ?? 10_000);
const runs = Number(process.env.BENCH_LOG_RUNS ?? 5);
const now = Date.now();
const day = 86_400_000;
const methods = ['compression', 'stretching', 'contrast', 'reciprocal'];
const helped = ['better', 'same', 'worse'];

// A year of cramps with every field used; notes carry commas, quotes, newlines and non-ASCII text.
const entries = Array.from({ length: count }, (_, i) => {
  const at = now - Math.floor((i / count) * 365 * day) - (i % 997) * 1000;
  return entryFromDraft(
    {
      at,
      place: muscleGroupIds[i % muscleGroupIds.length],
      side: ['left', 'right', 'both'][i % 3],
      severity: i % 11,
      tried: methods.slice(0, 1 + (i % 4)),
      helped: helped[i % 3],
      durationMinutes: 1 + (i % 30),
      note: i % 5 ? undefined : `Night ${i}, "bad" one\nñandú — =cmd`,
    },
    at,
    `bench-${i}`,
  );
});

async function time(step, fn) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `${step.padEnd(58)} median ${median.toFixed(1).padStart(8)} ms   worst ${times.at(-1).toFixed(1).padStart(8)} ms`,
  );
  return result;
}

console.log(`Cramp log benchmark: ${count} entries over a year, ${runs} runs per step.`);
console.log('Node + fake-indexeddb (in-memory, pure JavaScript): browser IndexedDB is usually faster.\n');

globalThis.indexedDB = new IDBFactory();
const seed = await LogStore.open();
const json = toBackupJson(entries, now);
// The import worker's own steps (lib/log/importBackup.ts); the panel's frames are measured in Chromium
// by tests/e2e/log-import.e2e.ts.
console.log(`Backup file size: ${(json.length / 1024 / 1024).toFixed(2)} MB`);

await time('import: parse + validate the JSON backup (in 8 ms slices)', () => parseBackup(json));
const parsed = await parseBackup(json);
await time(`import: merge ${count} into an empty log (one transaction)`, async () => {
  await seed.deleteAll();
  return seed.merge(parsed.entries);
});
await time(`import: same backup again (${count} duplicates merged)`, () => seed.merge(entries));

await time('open the log view: open db, first page, count, 35 days, nudge (the list)', async () => {
  const store = await LogStore.open();
  const nudgeWindow = [];
  const [page] = await Promise.all([
    store.page(0, 20),
    store.count(),
    store.forEachInRange(now - nudgeLookbackMs, now + 1, (e) => nudgeWindow.push(e)),
  ]);
  checkNudge(nudgeWindow, now);
  store.close();
  return page;
});
await time('open the log view, then: the rest of 90 days, medicines, first day', async () => {
  const store = await LogStore.open();
  const older = [];
  await Promise.all([
    store.forEachInRange(now - trendsLookbackMs, now - nudgeLookbackMs, (e) => older.push(e)),
    store.countOutsideIndex(),
    store.medicines(),
    store.firstAt(),
  ]);
  store.close();
});
await time('list: page 20 entries at offset 5000 (re-reading the pages before)', () => seed.page(5000, 20));
const shownEnd = entries.toSorted((a, b) => b.at - a.at)[4999];
await time('list: "show more" after the 5000th entry (pageAfter, time index)', () =>
  seed.pageAfter(shownEnd, 20),
);
const window = [];
await seed.forEachInRange(now - trendsLookbackMs, now + 1, (e) => window.push(e));
// 20 medicine changes in the last 90 days: ten medicines, each started and stopped.
const medicines = Array.from({ length: 10 }, (_, i) => ({
  id: `m${i}`,
  name: `Medicine ${i}`,
  purpose: 'cramps',
  startedOn: localDayKey(now - (85 - i * 8) * day),
  stoppedOn: localDayKey(now - (80 - i * 8) * day),
  createdAt: now,
  updatedAt: now,
}));
const firstAt = await seed.firstAt();
await time('trends view: 30 days + before/after of 20 medicine changes and methods', () => {
  computeTrends(window, now, 30);
  const changes = [
    ...medicineChanges(medicines).map((change) => ({ type: 'medicine', on: change.on, change })),
    ...methodStarts(window),
  ].sort((a, b) => a.on.localeCompare(b.on));
  return compareBeforeAfter(window, changes, Math.max(firstAt, now - trendsLookbackMs + day), now);
});
await time('clinic summary: every figure of the page (30 days, 20 changes)', () =>
  computeClinicSummary(window, medicines, now, firstAt, Math.max(firstAt, now - trendsLookbackMs + day)),
);
for (const days of [7, 30, 90])
  await time(`trends: ${days} days (from ${window.length} entries in 90 days)`, () =>
    computeTrends(window, now, days),
  );
await time(`trends: 90 days over all ${count} entries (one pass)`, () => computeTrends(entries, now, 90));
await time(`export CSV: read all ${count} + build the file`, async () =>
  toCsv((await seed.all()).entries, (p) => p),
);
await time(`export JSON backup: read all ${count} + build the file`, async () =>
  toBackupJson((await seed.all()).entries),
);
seed.close();
console.log(
  '\nThe same steps in real Chromium IndexedDB, through the panel UI (needs a build):\n' +
    '  npx wxt build && npx vitest run --config vitest.e2e.config.ts tests/e2e/log-scale.e2e.ts\n' +
    'Imports of 80,000 and 200,000 entries with frame gaps, cancel and the round trip:\n' +
    '  npx vitest run --config vitest.e2e.config.ts tests/e2e/log-import.e2e.ts',
);

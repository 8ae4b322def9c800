#!/usr/bin/env node
// Finder speed (per query, in µs): bundles lib/muscles/finder/find.ts (pure, no browser) with rolldown, then times
// findMuscleGroups over a fixed corpus of ordinary queries and of hostile ones (10,000 characters,
// emoji, HTML). Prints median, p99 and max per query in microseconds; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const rounds = Number(process.env.BENCH_ROUNDS ?? 200);
const dir = mkdtempSync(join(tmpdir(), 'spasm-relief-bench-finder-'));
const file = join(dir, 'find.mjs');
await build({
  input: resolve('lib/muscles/finder/find.ts'),
  output: { file, format: 'esm' },
  logLevel: 'silent',
});
const loadStart = performance.now();
const { findMuscleGroups, clearFinderCache } = await import(pathToFileURL(file).href);
const loadMs = performance.now() - loadStart;

const ordinary = [
  'calf',
  'left calf',
  'my calf keeps cramping',
  'charley horse',
  'charlie hors',
  'claf',
  'calves',
  'back of thigh',
  'hammy',
  'hamstirng',
  'quad',
  'quadracep',
  'front of thigh',
  'thigh',
  'my leg',
  'inner thigh',
  'groin',
  'side of hip',
  'hip flexor',
  'butt cramp',
  'stomach muscles',
  'lower back spasm',
  'between my shoulder blades',
  'crick in my neck',
  'back of neck',
  'jaw clenching',
  'TMJ',
  'shoulder',
  'soulder',
  'pecs',
  'armpit',
  'rotator cuff',
  'bicep',
  'back of my arm',
  'my hand curls up',
  'fingers stuck straight',
  'thumb stuck in my palm',
  'fingers spreading apart',
  'toes curling',
  'big toe points up',
  'top of my foot',
  'arch of my foot',
  'tib ant',
  'shin',
  'outside of lower leg',
  'R calf',
  'rigth calf',
  'both calves',
  'behind my knee',
  'side stitch',
  'chest pain and short of breath',
  "I can't breathe",
  'period cramps',
  'stomach flu',
  'writers cramp',
  'CALF!!!',
  'Cálf',
  '<b>calf</b>',
  'asdfghjkl',
  '',
  'the muscle at the back of my lower left leg keeps cramping at night',
];
const hostile = [
  'x'.repeat(10_000),
  'calf '.repeat(2_000),
  '🦵'.repeat(5_000),
  '<div onclick="x">'.repeat(600),
  'hamstirng quadracep soulder gastrocnemious '.repeat(250),
  Array.from({ length: 2_000 }, (_, i) => `word${i}`).join(' '),
];

// cold: the typo-guess cache is cleared before every call (a query never seen before);
// warm: as while typing, where each keystroke re-reads words already guessed.
function time(queries, cold) {
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      if (cold) clearFinderCache();
      const start = performance.now();
      findMuscleGroups(query);
      samples.push((performance.now() - start) * 1000);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { calls: samples.length, median: at(0.5), p99: at(0.99), max: samples[samples.length - 1] };
}

// Warm up the JIT the way a panel does after a few keystrokes.
for (const query of ordinary) findMuscleGroups(query);
const rows = [
  ['ordinary, cold', ordinary.length, time(ordinary, true)],
  ['ordinary, warm', ordinary.length, time(ordinary, false)],
  ['hostile, cold', hostile.length, time(hostile, true)],
  ['hostile, warm', hostile.length, time(hostile, false)],
];
console.log(`Finder benchmark: ${rounds} rounds, module load (index build) ${loadMs.toFixed(1)} ms`);
console.log('corpus            queries   calls   median µs   p99 µs   max µs');
for (const [name, count, r] of rows) {
  console.log(
    `${name.padEnd(17)} ${String(count).padStart(7)} ${String(r.calls).padStart(7)} ${r.median.toFixed(1).padStart(11)} ${r.p99.toFixed(1).padStart(8)} ${r.max.toFixed(1).padStart(8)}`,
  );
}
rmSync(dir, { recursive: true, force: true });

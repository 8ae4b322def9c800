#!/usr/bin/env node
// Finder accuracy (issue 15): bundles lib/muscles/finder/find.ts (pure, no browser) with rolldown, runs it over
// tests/fixtures/finder-eval.tsv and prints top-1 accuracy overall and per class, and every miss.
// Asserts nothing (tests/lib/muscles/finder/eval.test.ts holds the floor).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';
import { formatEvalReport, parseEvalSet, scoreEvalSet } from './finder-eval.mjs';

const dir = mkdtempSync(join(tmpdir(), 'spasm-relief-eval-finder-'));
const file = join(dir, 'find.mjs');
try {
  await build({
    input: resolve('lib/muscles/finder/find.ts'),
    output: { file, format: 'esm' },
    logLevel: 'silent',
  });
  const { findMuscleGroups } = await import(pathToFileURL(file).href);
  const rows = parseEvalSet(readFileSync(resolve('tests/fixtures/finder-eval.tsv'), 'utf8'));
  console.log(formatEvalReport(scoreEvalSet(rows, findMuscleGroups)));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

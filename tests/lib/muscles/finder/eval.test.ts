import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMuscleGroups } from '@/lib/muscles/finder/find';
import { formatEvalReport, parseEvalSet, scoreEvalSet } from '../../../tools/finder-eval.mjs';

// The evaluation set of issue 15: realistic descriptions the finder's word lists were not written from.
const rows = parseEvalSet(readFileSync(resolve('tests/fixtures/finder-eval.tsv'), 'utf8'));

describe('finder evaluation set', () => {
  it('has at least 300 queries, at least 60 of them Spanish, in every class', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(rows.filter((row) => row.kind === 'spanish').length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(rows.map((row) => row.kind));
    for (const kind of ['plain', 'typo', 'caregiver', 'long', 'latin', 'spanish', 'redflag']) {
      expect(kinds).toContain(kind);
    }
  });

  it('puts the right group first (with the right flags) for at least 97 % of them', () => {
    const score = scoreEvalSet(rows, findMuscleGroups);
    // The report names every miss when the floor is not held.
    expect(score.accuracy, formatEvalReport(score)).toBeGreaterThanOrEqual(0.97);
  });

  it('holds the floor in every batch, not only over the large first one', () => {
    const score = scoreEvalSet(rows, findMuscleGroups);
    // Batches 2 and later were written unseen after the fixes before them; the first (353 rows) alone
    // could carry a weak later batch over 97 % overall.
    expect(score.batches.length).toBeGreaterThanOrEqual(3);
    for (const batch of score.batches) {
      expect(batch.accuracy, `batch ${batch.batch}\n${formatEvalReport(score)}`).toBeGreaterThanOrEqual(0.97);
    }
  });

  it('lists every miss it cannot fix in the file, with why', () => {
    const score = scoreEvalSet(rows, findMuscleGroups);
    const unexplained = score.misses.filter((miss) => !miss.row.note).map((miss) => miss.row.query);
    expect(unexplained, formatEvalReport(score)).toEqual([]);
  });
});

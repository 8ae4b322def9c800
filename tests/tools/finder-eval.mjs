// The finder's evaluation (issue 15), shared by `npm run eval:finder` and tests/lib/muscles/finder/eval.test.ts:
// reads tests/fixtures/finder-eval.tsv and scores a find function against it. Plain JS, no browser.

const groupPattern = /^([a-z_]+|-|\*)$/;
const knownFlags = /^(emergency|spinal_emergency|twitching|out_of_scope|side=(left|right|both))$/;

// A comment line that opens a new batch ("# Second batch, written after …"): the rows after it were
// written later, unseen by the fixes before them, so each batch's first score is kept apart.
const batchComment = /^#.*\bbatch\b/i;

/**
 * Parses the TSV: one row per query (lines starting with # are comments; the first other line is the
 * header). Rows are numbered by batch: 1 until the first comment naming a batch, then 2, 3…
 * Throws on a malformed row, so a typo in the fixture fails loudly.
 */
export function parseEvalSet(text) {
  const rows = [];
  const lines = text.split('\n');
  let header = true;
  let batch = 1;
  lines.forEach((line, index) => {
    if (line.startsWith('#') && !header && batchComment.test(line)) batch++;
    if (!line.trim() || line.startsWith('#')) return;
    if (header) {
      header = false;
      return;
    }
    const [query, expected, alternatives = '', flags = '', kind = '', note = ''] = line.split('\t');
    if (!query || !expected || !groupPattern.test(expected) || !kind) {
      throw new Error(`finder-eval.tsv line ${index + 1} is malformed: ${line}`);
    }
    const flagList = flags.split(/\s+/).filter(Boolean);
    for (const flag of flagList) {
      if (!knownFlags.test(flag)) throw new Error(`finder-eval.tsv line ${index + 1}: unknown flag ${flag}`);
    }
    rows.push({
      line: index + 1,
      query,
      expected,
      alternatives: alternatives.split(/\s+/).filter(Boolean),
      emergency: flagList.includes('emergency'),
      spinalEmergency: flagList.includes('spinal_emergency'),
      twitching: flagList.includes('twitching'),
      outOfScope: flagList.includes('out_of_scope'),
      side: flagList.find((flag) => flag.startsWith('side='))?.slice(5),
      kind,
      note,
      batch,
    });
  });
  return rows;
}

/** Why a row fails (empty when it passes): the top group and every flag must be as expected. */
export function checkRow(row, result) {
  const problems = [];
  const top = result.matches[0]?.id;
  if (row.expected === '-') {
    if (top !== undefined) problems.push(`expected no group, got ${top}`);
  } else if (row.expected !== '*' && top !== row.expected && !row.alternatives.includes(top)) {
    problems.push(`expected ${[row.expected, ...row.alternatives].join('|')}, got ${top ?? 'nothing'}`);
  }
  if (result.emergency !== row.emergency) problems.push(`emergency ${result.emergency}`);
  if ((result.spinalEmergency === true) !== row.spinalEmergency) {
    problems.push(`spinalEmergency ${result.spinalEmergency === true}`);
  }
  if ((result.twitching === true) !== row.twitching) problems.push(`twitching ${result.twitching === true}`);
  if (result.outOfScope !== row.outOfScope) problems.push(`outOfScope ${result.outOfScope}`);
  if (result.side !== row.side)
    problems.push(`side ${result.side ?? 'none'} (expected ${row.side ?? 'none'})`);
  return problems;
}

/** Adds one row's outcome to the tally kept under `key`. */
function tally(map, key, ok) {
  const entry = map.get(key) ?? { total: 0, passed: 0 };
  entry.total++;
  if (ok) entry.passed++;
  map.set(key, entry);
}

/**
 * Scores `find` over the rows: top-1 accuracy overall, per class and per batch, and every miss.
 * `batches[i].classes` holds the same per-class figures for that batch alone.
 */
export function scoreEvalSet(rows, find) {
  const byKind = new Map();
  const byBatch = new Map();
  const byBatchKind = new Map();
  const misses = [];
  let passed = 0;
  for (const row of rows) {
    const result = find(row.query);
    const problems = checkRow(row, result);
    const ok = problems.length === 0;
    tally(byKind, row.kind, ok);
    tally(byBatch, row.batch, ok);
    if (!byBatchKind.has(row.batch)) byBatchKind.set(row.batch, new Map());
    tally(byBatchKind.get(row.batch), row.kind, ok);
    if (ok) passed++;
    else misses.push({ row, problems, matches: result.matches.slice(0, 3).map((match) => match.id) });
  }
  const accuracy = rows.length === 0 ? 0 : passed / rows.length;
  const listClasses = (map) =>
    [...map.entries()]
      .map(([kind, { total, passed: ok }]) => ({ kind, total, passed: ok, accuracy: ok / total }))
      .sort((a, b) => a.kind.localeCompare(b.kind));
  const batches = [...byBatch.entries()]
    .map(([batch, { total, passed: ok }]) => ({
      batch,
      total,
      passed: ok,
      accuracy: ok / total,
      classes: listClasses(byBatchKind.get(batch)),
    }))
    .sort((a, b) => a.batch - b.batch);
  return { total: rows.length, passed, accuracy, classes: listClasses(byKind), batches, misses };
}

/** The report `npm run eval:finder` prints. */
export function formatEvalReport(score) {
  const percent = (value) => `${(value * 100).toFixed(1)} %`;
  const lines = [`Finder evaluation: ${score.passed}/${score.total} top-1 right, ${percent(score.accuracy)}`];
  lines.push('class       queries   right   accuracy');
  for (const { kind, total, passed, accuracy } of score.classes) {
    lines.push(
      `${kind.padEnd(11)} ${String(total).padStart(7)} ${String(passed).padStart(7)} ${percent(accuracy).padStart(10)}`,
    );
  }
  lines.push('batch       queries   right   accuracy');
  for (const { batch, total, passed, accuracy } of score.batches) {
    lines.push(
      `${String(batch).padEnd(11)} ${String(total).padStart(7)} ${String(passed).padStart(7)} ${percent(accuracy).padStart(10)}`,
    );
  }
  lines.push(`misses (${score.misses.length}):`);
  for (const { row, problems, matches } of score.misses) {
    const note = row.note ? ` — known: ${row.note}` : '';
    lines.push(
      `  line ${row.line} [batch ${row.batch}, ${row.kind}] "${row.query}": ${problems.join('; ')} [${matches.join(', ')}]${note}`,
    );
  }
  return lines.join('\n');
}

// The finder's evaluation (issue 15), shared by `npm run eval:finder` and tests/lib/muscles/finderEval.test.ts:
// reads tests/fixtures/finder-eval.tsv and scores a find function against it. Plain JS, no browser.

const groupPattern = /^([a-z_]+|-|\*)$/;
const knownFlags = /^(emergency|spinal_emergency|twitching|out_of_scope|side=(left|right|both))$/;

/**
 * Parses the TSV: one row per query (lines starting with # are comments; the first other line is the
 * header). Throws on a malformed row, so a typo in the fixture fails loudly.
 */
export function parseEvalSet(text) {
  const rows = [];
  const lines = text.split('\n');
  let header = true;
  lines.forEach((line, index) => {
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

/** Scores `find` over the rows: top-1 accuracy overall and per class, and every miss. */
export function scoreEvalSet(rows, find) {
  const byKind = new Map();
  const misses = [];
  let passed = 0;
  for (const row of rows) {
    const result = find(row.query);
    const problems = checkRow(row, result);
    const kind = byKind.get(row.kind) ?? { total: 0, passed: 0 };
    kind.total++;
    if (problems.length === 0) {
      passed++;
      kind.passed++;
    } else {
      misses.push({ row, problems, matches: result.matches.slice(0, 3).map((match) => match.id) });
    }
    byKind.set(row.kind, kind);
  }
  const accuracy = rows.length === 0 ? 0 : passed / rows.length;
  const classes = [...byKind.entries()]
    .map(([kind, { total, passed: ok }]) => ({ kind, total, passed: ok, accuracy: ok / total }))
    .sort((a, b) => a.kind.localeCompare(b.kind));
  return { total: rows.length, passed, accuracy, classes, misses };
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
  lines.push(`misses (${score.misses.length}):`);
  for (const { row, problems, matches } of score.misses) {
    const note = row.note ? ` — known: ${row.note}` : '';
    lines.push(
      `  line ${row.line} [${row.kind}] "${row.query}": ${problems.join('; ')} [${matches.join(', ')}]${note}`,
    );
  }
  return lines.join('\n');
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generalRules, muscleGroupList, safetyFlags } from '@/lib/muscles/data';
import { clinicianAdvice, techniqueIds, techniques } from '@/lib/techniques/data';
import en from '@/public/_locales/en/messages.json';

/** docs/clinical-review.md's rows: message key → the source lists it gives that key (one per row). */
function reviewRows(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of readFileSync('docs/clinical-review.md', 'utf8').split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const key = /^`([A-Za-z0-9_]+)`$/.exec(cells[2] ?? '')?.[1];
    if (!key) continue;
    const listed = (cells[4] ?? '').replace(' [GAK]', '');
    rows.set(key, [...(rows.get(key) ?? []), listed]);
  }
  return rows;
}

/** Every instruction the method view and the finder cards give, with the sources the code cites. */
function instructions(): { key: string; sources: readonly string[] }[] {
  const techniqueTexts = techniqueIds.flatMap((id) => {
    const technique = techniques[id];
    return [...technique.intro, ...technique.selfSteps, ...technique.caregiverSteps, ...technique.cautions];
  });
  const cards = muscleGroupList.flatMap((group) => [
    group.where,
    group.opposite,
    group.stretch,
    ...(group.activation
      ? [group.activation.selfSeated, group.activation.selfLying, group.activation.caregiver]
      : []),
  ]);
  return [
    ...techniqueTexts,
    ...Object.values(clinicianAdvice),
    ...Object.values(generalRules),
    ...Object.values(safetyFlags),
    ...cards,
  ];
}

describe('docs/clinical-review.md', () => {
  const rows = reviewRows();

  it('lists every instruction with the sources the code gives it', () => {
    const missing = instructions()
      .filter(({ key, sources }) => {
        const listed = sources.length > 0 ? sources.join(', ') : '—';
        return !(rows.get(key) ?? []).includes(listed);
      })
      .map(({ key, sources }) => `${key}: ${sources.join(', ')}`);
    // A failure names the rows to add or update in docs/clinical-review.md (key, short text, sources).
    expect(missing).toEqual([]);
  });

  it('names only keys that exist', () => {
    expect(rows.size).toBeGreaterThan(200);
    const unknown = [...rows.keys()].filter((key) => !(key in en));
    expect(unknown).toEqual([]);
  });
});

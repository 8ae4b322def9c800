import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sources } from '@/lib/content/sources';
import { bodyMapRegions } from '@/lib/muscles/bodyMap';
import { muscleGroupList, muscleGroups, safetyFlags } from '@/lib/muscles/data';
import { findMuscleGroups } from '@/lib/muscles/finder/find';
import { isMuscleGroupId, muscleGroupIds, muscleGroupNameKey } from '@/lib/muscles/ids';
import en from '../../../public/_locales/en/messages.json';

const catalogue = en as Record<string, { message: string }>;
const hasText = (key: string) =>
  typeof catalogue[key]?.message === 'string' && catalogue[key].message.trim() !== '';

describe('findMuscleGroups properties', () => {
  it('returns a well-formed result for any string, without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (query) => {
          const result = findMuscleGroups(query);
          expect(typeof result.ambiguous).toBe('boolean');
          expect(typeof result.emergency).toBe('boolean');
          expect(typeof result.outOfScope).toBe('boolean');
          for (const match of result.matches) {
            expect(isMuscleGroupId(match.id)).toBe(true);
            expect(Number.isFinite(match.score)).toBe(true);
          }
          expect(new Set(result.matches.map((match) => match.id)).size).toBe(result.matches.length);
        },
      ),
      { numRuns: 500 },
    );
    // 500 random strings take about 5 s on a busy 2-core machine (the finder itself is microseconds each).
  }, 60_000);

  it('understands sentences built from known words, in any case and with filler around them', () => {
    const words = fc.constantFrom(...muscleGroupList.flatMap((group) => group.terms));
    const filler = fc.constantFrom('my', 'the', 'cramp in', 'keeps', 'spasm', '!!', '...', 'pain');
    fc.assert(
      fc.property(fc.array(fc.oneof(words, filler), { maxLength: 12 }), fc.boolean(), (parts, upper) => {
        const query = parts.join(' ');
        const result = findMuscleGroups(upper ? query.toUpperCase() : query);
        for (const match of result.matches) expect(isMuscleGroupId(match.id)).toBe(true);
        expect(result.matches.length).toBeLessThanOrEqual(8);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a group when one of its own terms is typed alone (unless it is shared)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...muscleGroupList), fc.nat(), (group, pick) => {
        const term = group.terms[pick % group.terms.length] ?? '';
        const ids = findMuscleGroups(term).matches.map((match) => match.id);
        expect(ids).toContain(group.id);
      }),
      { numRuns: 300 },
    );
  });

  it('any side word is reported, whatever the place', () => {
    fc.assert(
      fc.property(fc.constantFrom('left', 'right'), fc.constantFrom(...muscleGroupList), (side, group) => {
        expect(findMuscleGroups(`${side} ${group.terms[0]}`).side).toBe(side);
      }),
    );
  });
});

describe('muscle data completeness', () => {
  it('has one record per id, in id order', () => {
    expect(muscleGroupList.map((group) => group.id)).toEqual([...muscleGroupIds]);
  });

  it.each(muscleGroupIds)('%s is complete, with texts and sources', (id) => {
    const group = muscleGroups[id];
    expect(group.id).toBe(id);
    expect(hasText(muscleGroupNameKey(id))).toBe(true);
    expect(group.terms.length).toBeGreaterThan(0);
    expect(group.muscles.length).toBeGreaterThan(0);
    expect(group.actions.length).toBeGreaterThan(0);
    const facts = [group.where, group.opposite, group.stretch];
    if (id === 'ribcage') {
      expect(group.activation).toBeNull();
      expect(group.safety).toContain('chest');
    } else {
      const activation = group.activation;
      expect(activation).not.toBeNull();
      if (activation) facts.push(activation.selfSeated, activation.selfLying, activation.caregiver);
      for (const action of group.actions) expect(action.antagonists.length).toBeGreaterThan(0);
    }
    for (const fact of facts) {
      expect(hasText(fact.key), fact.key).toBe(true);
      // A fact without a source must say it is general anatomy knowledge.
      expect(fact.sources.length > 0 || fact.generalAnatomy === true, fact.key).toBe(true);
      for (const source of fact.sources) expect(sources).toHaveProperty(source);
    }
    for (const action of group.actions) {
      expect(action.sources.length > 0 || action.generalAnatomy === true).toBe(true);
    }
    for (const flag of group.safety) expect(hasText(safetyFlags[flag].key)).toBe(true);
  });

  it('follows the anatomy for the calf: quadriceps and shin, never hamstrings', () => {
    const antagonists = muscleGroups.calf.actions.flatMap((action) => action.antagonists);
    expect(antagonists).toEqual(expect.arrayContaining(['tibialis anterior', 'quadriceps']));
    expect(antagonists).not.toContain('hamstrings');
    expect(muscleGroups.calf.antagonistGroups).not.toContain('hamstrings');
    expect(muscleGroups.calf.safety).toContain('clot');
    expect(muscleGroups.hamstrings.safety).toContain('clot');
  });

  it('raises the safety flags the reference asks for', () => {
    expect(muscleGroups.neck_scm.safety).toContain('neckFront');
    expect(muscleGroups.jaw.safety).toContain('jawLock');
    expect(muscleGroups.chest_pec.safety).toContain('chest');
    expect(muscleGroups.forearm_flexors.safety).toContain('fistedHand');
  });

  it.each(muscleGroupIds)('the English name of %s finds it first (the omnibox fills that name in)', (id) => {
    expect(findMuscleGroups(catalogue[muscleGroupNameKey(id)]?.message ?? '').matches[0]?.id).toBe(id);
  });
});

describe('body map', () => {
  it('shows every group, and sided groups on both sides', () => {
    for (const group of muscleGroupList) {
      const regions = bodyMapRegions.filter((region) => region.id === group.id);
      expect(regions.length, group.id).toBeGreaterThan(0);
      const sides = new Set(regions.map((region) => region.side));
      if (group.sided) expect([...sides].sort(), group.id).toEqual(['left', 'right']);
      else expect([...sides], group.id).toEqual([undefined]);
    }
  });

  it('puts the person’s right on the viewer’s left on the front view and on the right on the back', () => {
    const front = bodyMapRegions.find((region) => region.id === 'shin' && region.side === 'right');
    const back = bodyMapRegions.find((region) => region.id === 'calf' && region.side === 'right');
    expect(front?.cx).toBeLessThan(100);
    expect(back?.cx).toBeGreaterThan(100);
  });
});

import { describe, expect, it } from 'vitest';
import { muscleGroups } from '@/lib/muscles/data';
import { muscleGroupSearch, oppositeSummaryKey } from '@/lib/muscles/finder/termsEn';
import { muscleGroupIds } from '@/lib/muscles/ids';

describe('finder search data (what the worker carries)', () => {
  it.each(muscleGroupIds)('%s: the opposite summary key is the card’s', (id) => {
    expect(oppositeSummaryKey(id)).toBe(muscleGroups[id].opposite.key);
  });

  it.each(muscleGroupIds)('%s: the card carries the same search data', (id) => {
    const group = muscleGroups[id];
    const search = muscleGroupSearch[id];
    expect(group.terms).toBe(search.terms);
    expect(group.muscles).toBe(search.muscles);
    expect(group.relatedTerms).toBe(search.relatedTerms);
    expect(group.antagonistGroups).toBe(search.antagonistGroups);
  });

  it('has search data for exactly the known groups', () => {
    expect(Object.keys(muscleGroupSearch).sort()).toEqual([...muscleGroupIds].sort());
  });
});

import { describe, expect, it } from 'vitest';
import { techniqueIds } from '@/lib/techniques/data';
import { suggestTechniques } from '@/lib/techniques/picker';

describe('suggestTechniques', () => {
  it.each([
    { helper: true, muscleKnown: true, first: 'reciprocal', version: 'caregiver' },
    { helper: false, muscleKnown: true, first: 'reciprocal', version: 'self' },
    { helper: true, muscleKnown: false, first: 'compression', version: 'caregiver' },
    { helper: false, muscleKnown: false, first: 'compression', version: 'self' },
  ] as const)(
    'helper=$helper, muscle known=$muscleKnown → $first first, $version steps',
    ({ helper, muscleKnown, first, version }) => {
      const suggestions = suggestTechniques({ helper, muscleKnown });
      expect(suggestions[0]?.technique).toBe(first);
      expect(suggestions.every((s) => s.version === version)).toBe(true);
    },
  );

  it('always offers all four methods once, contrast (70 minutes, packs) last: no dead end', () => {
    for (const helper of [true, false]) {
      for (const muscleKnown of [true, false]) {
        const order = suggestTechniques({ helper, muscleKnown }).map((s) => s.technique);
        expect([...order].sort()).toEqual([...techniqueIds].sort());
        expect(order.at(-1)).toBe('contrast');
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { openingWords } from '@/lib/content/openingWords';

describe('openingWords', () => {
  it.each([
    ['Sit with the foot flat.', 6, 'Sit with the foot flat.'],
    ['Do not use contrast with poor circulation, heart disease', 6, 'Do not use contrast with poor…'],
    ['Press gently, then hold for ten seconds', 2, 'Press gently…'],
    ['  Lift   the toes  ', 6, 'Lift the toes'],
    ['', 6, ''],
  ])('%j, %i words → %j', (text, count, expected) => {
    expect(openingWords(text, count)).toBe(expected);
  });
});

import { finderData } from './data';
import { createFinder, type FinderResult } from './engine';
import { typedWords } from './text';

export type { FinderMatch, FinderResult } from './engine';

// The panel's finder, built at module load from the bundled data (the worker loads its own copy:
// see lib/lookup/finderSource.ts).
const finder = createFinder(finderData);

/**
 * Finds the muscle groups a free-text query describes, the way people actually type: any case and
 * punctuation, plurals, filler words, sides, slang, typos and descriptive phrases. Never throws; reads
 * at most the first 200 characters (500 for emergency phrases) and 30 words.
 */
export function findMuscleGroups(query: string): FinderResult {
  return finder.find(query);
}

/** Forgets remembered typo guesses (for benchmarks that measure the first, uncached query). */
export function clearFinderCache(): void {
  finder.clearCache();
}

/** The words the best match read, as the person typed them (see typedWords), or "" when none. */
export function matchedWordsAsTyped(query: string, result: FinderResult): string {
  return typedWords(query, result.matches[0]?.words ?? '', 200);
}

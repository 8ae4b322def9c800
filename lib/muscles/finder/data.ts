import type { MuscleGroupId } from '@/lib/muscles/ids';
import type { FinderData, PatternSource } from './engine';
import {
  englishFillers,
  englishSides,
  englishVagueTerms,
  spanishFillers,
  spanishSides,
  spanishVagueTerms,
  wordAliases,
} from './fillers';
import {
  englishEmergencyPatterns,
  englishOutOfScopePatterns,
  englishSpinalEmergencyPatterns,
  englishTwitchPatterns,
  spanishEmergencyPatterns,
  spanishOutOfScopePatterns,
  spanishSpinalEmergencyPatterns,
  spanishTwitchPatterns,
} from './patterns';
import {
  aspectAliases,
  clauseWords,
  negationWords,
  phrasalUpVerbs,
  placeAspects,
  placeFillers,
  rightIdiomFollowers,
  shortBodyWords,
  spanishPlaceAliases,
  spanishRegionalTerms,
} from './places';
import { muscleGroupSearch } from './termsEn';
import { spanishTerms } from './termsEs';

/**
 * A list of patterns as few sources as their flags allow: one alternation per set of flags, each
 * source wrapped in (?:…) so an alternation or anchor inside one stays inside it. The engine then reads
 * the text once per list instead of once per pattern (the red-flag lists are long, and every keystroke
 * reads up to 500 characters through them); joined here, so the worker's code does not grow.
 */
export function patternSources(patterns: readonly RegExp[]): PatternSource[] {
  const byFlags = new Map<string, string[]>();
  for (const { source, flags } of patterns) {
    const list = byFlags.get(flags) ?? [];
    list.push(`(?:${source})`);
    byFlags.set(flags, list);
  }
  return [...byFlags].map(([flags, sources]) => [sources.join('|'), flags]);
}

type TermLists = Partial<Record<MuscleGroupId, readonly string[]>>;

/** Two term lists by group as one. */
function joinTerms(a: Readonly<TermLists>, b: Readonly<TermLists>): TermLists {
  const joined: TermLists = { ...a };
  for (const [id, terms] of Object.entries(b) as [MuscleGroupId, readonly string[]][]) {
    joined[id] = [...(joined[id] ?? []), ...terms];
  }
  return joined;
}

/** Joins the English and Spanish lists, in the order the index reads them. */
function buildFinderData(): FinderData {
  return {
    groups: muscleGroupSearch,
    spanishTerms: joinTerms(spanishTerms, spanishRegionalTerms),
    fillers: [...englishFillers, ...spanishFillers, ...placeFillers],
    sides: [...englishSides, ...(Object.entries(spanishSides) as FinderData['sides'])],
    aliases: [...wordAliases, ...aspectAliases, ...spanishPlaceAliases],
    vagueTerms: { ...englishVagueTerms, ...spanishVagueTerms },
    emergencyPatterns: patternSources([...englishEmergencyPatterns, ...spanishEmergencyPatterns]),
    spinalEmergencyPatterns: patternSources([
      ...englishSpinalEmergencyPatterns,
      ...spanishSpinalEmergencyPatterns,
    ]),
    twitchPatterns: patternSources([...englishTwitchPatterns, ...spanishTwitchPatterns]),
    outOfScopePatterns: patternSources([...englishOutOfScopePatterns, ...spanishOutOfScopePatterns]),
    placeAspects,
    shortBodyWords,
    negationWords,
    rightIdiomFollowers,
    phrasalUpVerbs,
    clauseWords,
  };
}

/** Everything the finder searches (pure, so a bundle that does not use it drops it). */
export const finderData: FinderData = /* @__PURE__ */ buildFinderData();

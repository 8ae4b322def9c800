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

const patternSources = (patterns: readonly RegExp[]): PatternSource[] =>
  patterns.map((pattern) => [pattern.source, pattern.flags]);

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
  };
}

/** Everything the finder searches (pure, so a bundle that does not use it drops it). */
export const finderData: FinderData = /* @__PURE__ */ buildFinderData();

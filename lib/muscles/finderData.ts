import type { FinderData, PatternSource } from './finder';
import {
  englishEmergencyPatterns,
  englishFillers,
  englishOutOfScopePatterns,
  englishSides,
  englishSpinalEmergencyPatterns,
  englishTwitchPatterns,
  englishVagueTerms,
  wordAliases,
} from './finderWords';
import { muscleGroupSearch } from './search';
import {
  spanishEmergencyPatterns,
  spanishFillers,
  spanishOutOfScopePatterns,
  spanishSides,
  spanishSpinalEmergencyPatterns,
  spanishTerms,
  spanishTwitchPatterns,
  spanishVagueTerms,
} from './termsEs';

const patternSources = (patterns: readonly RegExp[]): PatternSource[] =>
  patterns.map((pattern) => [pattern.source, pattern.flags]);

/** Joins the English and Spanish lists, in the order the index reads them. */
function buildFinderData(): FinderData {
  return {
    groups: muscleGroupSearch,
    spanishTerms,
    fillers: [...englishFillers, ...spanishFillers],
    sides: [...englishSides, ...(Object.entries(spanishSides) as FinderData['sides'])],
    aliases: wordAliases,
    vagueTerms: { ...englishVagueTerms, ...spanishVagueTerms },
    emergencyPatterns: patternSources([...englishEmergencyPatterns, ...spanishEmergencyPatterns]),
    spinalEmergencyPatterns: patternSources([
      ...englishSpinalEmergencyPatterns,
      ...spanishSpinalEmergencyPatterns,
    ]),
    twitchPatterns: patternSources([...englishTwitchPatterns, ...spanishTwitchPatterns]),
    outOfScopePatterns: patternSources([...englishOutOfScopePatterns, ...spanishOutOfScopePatterns]),
  };
}

/** Everything the finder searches (pure, so a bundle that does not use it drops it). */
export const finderData: FinderData = /* @__PURE__ */ buildFinderData();

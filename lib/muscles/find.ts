import { type BodySide, type MuscleGroupId, muscleGroupIds } from './ids';
import { muscleGroupSearch } from './search';
import {
  spanishEmergencyPatterns,
  spanishFillers,
  spanishOutOfScopePatterns,
  spanishSides,
  spanishTerms,
  spanishVagueTerms,
} from './termsEs';
import {
  bitCount,
  boundedDamerauLevenshtein,
  letterCountBound,
  letterCounts,
  letterMask,
  normalizeText,
  stemWord,
} from './text';

/** One group that fits the query; a higher score fits better. */
export interface FinderMatch {
  id: MuscleGroupId;
  score: number;
}

/** What the finder understood from a query. */
export interface FinderResult {
  /** Best first; empty when nothing fits (or the query is out of scope). */
  matches: FinderMatch[];
  /** Only when the query names a side ("left", "R", "both"). */
  side?: BodySide;
  /** Several places fit about equally ("thigh", "my leg"): show choices, not one card. */
  ambiguous: boolean;
  /** Chest pain, breathing or swallowing trouble: show the emergency message first. */
  emergency: boolean;
  /** Not a skeletal-muscle cramp ("period cramps", "stomach flu"). */
  outOfScope: boolean;
}

// Work caps: a 10,000-character paste costs the same as a sentence.
const maxChars = 200;
const maxEmergencyChars = 500;
const maxTokens = 30;
const maxMatches = 8;
// A query with more unknown words than this is not describing a place: stop guessing at typos.
const maxTypoGuesses = 8;

/** Words that carry no place: "my", "cramp", "keeps"… (checked before and after stemming). */
const fillerWords = new Set(
  (
    'a an the my me mine his her their our your i im ive id it its this that these those is are was were be been ' +
    'am have has had got get gets getting in on at of to into onto from for with and or but so just ' +
    'keep keeps kept cramp cramps cramping crampy spasm spasms spasming pain pains painful ache aches aching ' +
    'sore hurt hurts hurting muscle muscles very really bad badly again now suddenly sudden always some bit ' +
    'little lot area region part spot there here feel feels feeling like please help what how do does ' +
    'when where which twitch twitching tight tightness knot knots locked lock'
  )
    .split(' ')
    .concat(spanishFillers),
);

/** Side words, including one-letter shorthand people type ("L calf"). */
const sideWords = new Map<string, 'left' | 'right' | 'both'>([
  ['left', 'left'],
  ['l', 'left'],
  ['lt', 'left'],
  ['lhs', 'left'],
  ['right', 'right'],
  ['r', 'right'],
  ['rt', 'right'],
  ['rhs', 'right'],
  ['both', 'both'],
  ['bilateral', 'both'],
  ...Object.entries(spanishSides),
]);

/** Irregular words and shorthand mapped before stemming. */
const wordAliases = new Map<string, string>([
  ['feet', 'foot'],
  ['teeth', 'tooth'],
  ['hammies', 'hammy'],
  ['charly', 'charley'],
  ['legs', 'leg'],
  ['bicept', 'bicep'],
  ['tricept', 'tricep'],
]);

/** Words that name a wide area: every group in it is offered, and the result is ambiguous. */
const vagueTerms: Readonly<Record<string, readonly MuscleGroupId[]>> = {
  leg: ['calf', 'hamstrings', 'quadriceps', 'shin'],
  'lower leg': ['calf', 'shin', 'outer_lower_leg'],
  thigh: ['quadriceps', 'hamstrings', 'inner_thigh'],
  'back of leg': ['calf', 'hamstrings'],
  knee: ['hamstrings', 'quadriceps', 'calf'],
  ankle: ['calf', 'shin', 'outer_lower_leg'],
  arm: ['biceps', 'triceps', 'forearm_flexors', 'shoulder_deltoid'],
  'upper arm': ['biceps', 'triceps'],
  elbow: ['biceps', 'triceps'],
  wrist: ['forearm_flexors', 'forearm_extensors'],
  side: ['ribcage', 'outer_hip', 'lats'],
  ...spanishVagueTerms,
};

const emergencyPatterns: readonly RegExp[] = [
  /\bchest (pain|pains|pressure|tight|tightness|tightening|hurts|hurting|ache|aching|heavy|heaviness|crushing)\b/,
  /\b(pain|pains|pressure|tightness|ache|aching|crushing) in (my |the |his |her )?chest\b/,
  /\bshort(ness)? (of )?breath/,
  /\b(breathless|gasping|suffocating)\b/,
  /\bout of breath\b/,
  /\b(cant|cannot|can not|couldnt|unable to|not able to|trouble|difficulty|difficult|hard to|hard|struggling to|struggling|struggle to|problem|problems) (breathe|breathing|breath|swallow|swallowing|catch (my )?breath)\b/,
  /\b(breathing|swallowing) (is |gets |getting )?(hard|difficult|trouble|problems?|stopped)\b/,
  /\bchok(e|es|ing|ed)\b/,
  /\bthroat (is )?(closing|tightening|tight|swelling|swollen|closed)\b/,
  /\b(not|stopped) breathing\b/,
  /\bheart attack\b/,
  /\b(lips|face) (turning |are |is )?blue\b/,
  ...spanishEmergencyPatterns,
];

const outOfScopePatterns: readonly RegExp[] = [
  /\b(period|periods|menstrual|menstruation|menses|pms|uterus|uterine|womb|ovulation|ovulating|endometriosis)\b/,
  /\bstomach (flu|bug|virus|ache|upset)\b/,
  /\b(stomachache|tummyache|bellyache)\b/,
  /\bfood poisoning\b/,
  /\b(gas|gassy|wind|bloating|bloated|indigestion|heartburn|diarrhea|diarrhoea|constipation|constipated|nausea|nauseous|vomiting|colic|ibs|bowel|bowels|gut)\b/,
  /\bkidney stones?\b/,
  /\b(labor|labour|contraction|contractions|pregnant|pregnancy)\b/,
  /\b(headache|migraine|toothache)\b/,
  ...spanishOutOfScopePatterns,
];

/** A search phrase, reduced to canonical tokens, and the groups it points to. */
interface Term {
  tokens: readonly string[];
  groups: ReadonlyMap<MuscleGroupId, number>;
  vague: boolean;
}

/** The query phrase shape the index stores: fillers dropped, aliases applied, stemmed. */
function termTokens(phrase: string): string[] {
  const tokens: string[] = [];
  for (const raw of normalizeText(phrase, maxChars).split(' ')) {
    if (!raw || fillerWords.has(raw)) continue;
    const word = stemWord(wordAliases.get(raw) ?? raw);
    if (!fillerWords.has(word)) tokens.push(word);
  }
  return tokens;
}

/** Built once at module load: every phrase, an index from token to phrases, the fuzzy vocabulary. */
function buildIndex() {
  const byKey = new Map<string, { tokens: string[]; groups: Map<MuscleGroupId, number>; vague: boolean }>();
  const add = (phrase: string, id: MuscleGroupId, weight: number, vague: boolean) => {
    const tokens = termTokens(phrase);
    if (tokens.length === 0) return;
    const key = tokens.join(' ');
    let term = byKey.get(key);
    if (!term) {
      term = { tokens, groups: new Map(), vague };
      byKey.set(key, term);
    }
    term.vague ||= vague;
    term.groups.set(id, Math.max(term.groups.get(id) ?? 0, weight));
  };
  for (const id of muscleGroupIds) {
    const group = muscleGroupSearch[id];
    for (const phrase of [...group.terms, ...group.muscles]) add(phrase, id, 1, false);
    for (const phrase of group.relatedTerms ?? []) add(phrase, id, 0.5, false);
    for (const phrase of spanishTerms[id] ?? []) add(phrase, id, 1, false);
  }
  for (const [phrase, ids] of Object.entries(vagueTerms)) for (const id of ids) add(phrase, id, 0.8, true);

  const terms: Term[] = [...byKey.values()];
  const byToken = new Map<string, number[]>();
  terms.forEach((term, index) => {
    for (const token of new Set(term.tokens)) {
      const list = byToken.get(token) ?? [];
      list.push(index);
      byToken.set(token, list);
    }
  });
  // Fuzzy targets: place words, plus fillers and side words so "crmap" or "rigth" are understood too.
  const vocabulary = [...new Set([...byToken.keys(), ...fillerWords, ...sideWords.keys()])].filter(
    (word) => word.length >= 3,
  );
  const vocabularyByLength = new Map<number, { word: string; mask: number; counts: Uint8Array }[]>();
  for (const word of vocabulary) {
    const list = vocabularyByLength.get(word.length) ?? [];
    list.push({ word, mask: letterMask(word), counts: letterCounts(word) });
    vocabularyByLength.set(word.length, list);
  }
  return { terms, byToken, vocabularyByLength };
}

const index = buildIndex();
const groupOrder = new Map(muscleGroupIds.map((id, position) => [id, position]));

/** Typo tolerance: 1 letter for words of 4–7 letters, 2 for longer ones, none for short words. */
function typoLimit(word: string): number {
  if (word.length < 4) return 0;
  return word.length <= 7 ? 1 : 2;
}

// Typo guesses already made: each keystroke re-reads the whole query, so the same words come back.
const guessCache = new Map<string, string | null>();
const guessCacheSize = 2000;

/** Forgets remembered typo guesses (for benchmarks that measure the first, uncached query). */
export function clearFinderCache(): void {
  guessCache.clear();
}

/** The closest known word within the typo limit, or undefined (remembered per word). */
function closestKnownWord(word: string): string | undefined {
  const known = guessCache.get(word);
  if (known !== undefined) return known ?? undefined;
  const guess = searchVocabulary(word);
  if (guessCache.size >= guessCacheSize) guessCache.clear();
  guessCache.set(word, guess ?? null);
  return guess;
}

/** The closest known word within the typo limit, or undefined. Ties go to the same first letter. */
function searchVocabulary(word: string): string | undefined {
  const limit = typoLimit(word);
  if (limit === 0) return undefined;
  const counts = letterCounts(word);
  const mask = letterMask(word);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (let length = word.length - limit; length <= word.length + limit; length++) {
    for (const candidate of index.vocabularyByLength.get(length) ?? []) {
      // Cheap bounds first (an edit changes at most two letters): most words are too different.
      const bound = Math.min(limit, bestDistance);
      if (bitCount(mask ^ candidate.mask) > 2 * bound) continue;
      if (letterCountBound(counts, candidate.counts) > bound) continue;
      const distance = boundedDamerauLevenshtein(word, candidate.word, Math.min(limit, bestDistance));
      const better =
        distance < bestDistance ||
        (distance === bestDistance &&
          best !== undefined &&
          candidate.word[0] === word[0] &&
          best[0] !== word[0]);
      if (distance <= limit && better) {
        best = candidate.word;
        bestDistance = distance;
      }
    }
  }
  return best;
}

interface QueryToken {
  word: string;
  quality: number;
}

/** Splits a normalised query into place tokens, and the side it names. */
function readTokens(text: string): { tokens: QueryToken[]; side?: BodySide } {
  const tokens: QueryToken[] = [];
  const sides = new Set<'left' | 'right' | 'both'>();
  const words = text ? text.split(' ').slice(0, maxTokens) : [];
  let guesses = 0;
  for (const raw of words) {
    const sideWord = sideWords.get(raw);
    if (sideWord) {
      sides.add(sideWord);
      continue;
    }
    if (fillerWords.has(raw)) continue;
    const word = stemWord(wordAliases.get(raw) ?? raw);
    if (fillerWords.has(word)) continue;
    if (index.byToken.has(word)) {
      tokens.push({ word, quality: 1 });
      continue;
    }
    // Stemming a typo can spoil it ("hors" → "hor"): try the word as typed first.
    const guess =
      guesses++ >= maxTypoGuesses
        ? undefined
        : (closestKnownWord(raw) ?? (word === raw ? undefined : closestKnownWord(word)));
    if (guess === undefined) {
      tokens.push({ word, quality: 0 });
      continue;
    }
    const guessedSide = sideWords.get(guess);
    if (guessedSide) sides.add(guessedSide);
    else if (!fillerWords.has(guess)) tokens.push({ word: guess, quality: 0.85 });
  }
  let side: BodySide | undefined;
  if (sides.has('both') || (sides.has('left') && sides.has('right'))) side = 'both';
  else if (sides.has('left')) side = 'left';
  else if (sides.has('right')) side = 'right';
  return { tokens, side };
}

interface GroupHit {
  id: MuscleGroupId;
  score: number;
  mask: number;
  vague: boolean;
}

/** Scores every phrase that shares a token with the query; keeps each group's best phrase. */
function scoreGroups(tokens: readonly QueryToken[]): GroupHit[] {
  const positions = new Map<string, { mask: number; quality: number }>();
  tokens.forEach((token, position) => {
    if (token.quality === 0) return;
    const entry = positions.get(token.word) ?? { mask: 0, quality: token.quality };
    entry.mask |= 1 << position;
    entry.quality = Math.max(entry.quality, token.quality);
    positions.set(token.word, entry);
  });
  const candidates = new Set<number>();
  for (const word of positions.keys()) for (const term of index.byToken.get(word) ?? []) candidates.add(term);

  const best = new Map<MuscleGroupId, GroupHit>();
  for (const termIndex of candidates) {
    const term = index.terms[termIndex];
    if (!term) continue;
    let matched = 0;
    let mask = 0;
    let quality = 1;
    for (const token of term.tokens) {
      const hit = positions.get(token);
      if (!hit) continue;
      matched++;
      mask |= hit.mask;
      quality *= hit.quality;
    }
    const length = term.tokens.length;
    const full = matched === length;
    if (!full && (matched < 2 || matched * 2 < length)) continue;
    const base = full
      ? matched + 1 + (length > 1 && isContiguous(tokens, term.tokens) ? 0.5 : 0)
      : matched * 0.6;
    for (const [id, weight] of term.groups) {
      const score = base * weight * quality;
      const previous = best.get(id);
      if (!previous || score > previous.score) best.set(id, { id, score, mask, vague: term.vague });
    }
  }
  return [...best.values()];
}

/** True when the phrase's tokens appear next to each other, in order, in the query. */
function isContiguous(tokens: readonly QueryToken[], phrase: readonly string[]): boolean {
  outer: for (let start = 0; start + phrase.length <= tokens.length; start++) {
    for (let offset = 0; offset < phrase.length; offset++) {
      if (tokens[start + offset]?.word !== phrase[offset]) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * Drops a group whose matched words are all explained by better-scoring groups: in "back of thigh"
 * the hamstrings' phrase covers both words, so "back" (lower back) and "thigh" (quadriceps) go.
 */
function dropExplainedHits(hits: GroupHit[]): GroupHit[] {
  const sorted = [...hits].sort(
    (a, b) => b.score - a.score || (groupOrder.get(a.id) ?? 0) - (groupOrder.get(b.id) ?? 0),
  );
  const kept: GroupHit[] = [];
  for (const hit of sorted) {
    let covered = 0;
    for (const other of sorted) if (other.score > hit.score + 1e-9) covered |= other.mask;
    if ((hit.mask & ~covered) !== 0) kept.push(hit);
  }
  return kept;
}

/**
 * Finds the muscle groups a free-text query describes, the way people actually type: any case and
 * punctuation, plurals, filler words, sides, slang, typos and descriptive phrases. Never throws; reads
 * at most the first 200 characters (500 for emergency phrases) and 30 words.
 */
export function findMuscleGroups(query: string): FinderResult {
  const input = typeof query === 'string' ? query : '';
  const emergencyText = normalizeText(input, maxEmergencyChars);
  const emergency = emergencyPatterns.some((pattern) => pattern.test(emergencyText));
  const text = emergencyText.length > maxChars ? normalizeText(input, maxChars) : emergencyText;
  const outOfScope = !emergency && outOfScopePatterns.some((pattern) => pattern.test(text));
  const { tokens, side } = readTokens(text);

  let hits = outOfScope ? [] : dropExplainedHits(scoreGroups(tokens));
  // Chest symptoms in an emergency are not a chest-muscle cramp: no card may suggest otherwise.
  if (emergency) hits = hits.filter((hit) => hit.id !== 'chest_pec' && hit.id !== 'ribcage');
  hits = hits.slice(0, maxMatches);

  const [first, second] = hits;
  const ambiguous =
    first !== undefined && second !== undefined && (first.vague || second.score >= 0.75 * first.score);
  const result: FinderResult = {
    matches: hits.map((hit) => ({ id: hit.id, score: Math.round(hit.score * 100) / 100 })),
    ambiguous,
    emergency,
    outOfScope,
  };
  if (side) result.side = side;
  return result;
}

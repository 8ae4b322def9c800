import { type BodySide, type MuscleGroupId, muscleGroupIds } from '@/lib/muscles/ids';
import type { MuscleGroupSearch } from './termsEn';
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
  /** The phrase of the finder's that matched, as its word list writes it ("back of thigh"). */
  phrase: string;
  /** The words of the query that matched, normalised (lower case, no accents): "back of my thigh". */
  words: string;
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
  /**
   * Only when a back spasm comes with numbness between the legs or new bladder or bowel trouble (or
   * saddle numbness alone): a spinal-nerve emergency (cauda equina). The place is still matched.
   */
  spinalEmergency?: true;
  /** Only when the query describes twitching (fasciculations), which is not a cramp. */
  twitching?: true;
}

/** A regular expression as JSON can carry it: source and flags. */
export type PatternSource = readonly [source: string, flags: string];

/**
 * Everything the finder searches, as plain JSON-safe data (data.ts assembles it; the build
 * writes it to the package as finder-data.json for the background worker).
 */
export interface FinderData {
  groups: Readonly<Record<MuscleGroupId, MuscleGroupSearch>>;
  spanishTerms: Readonly<Partial<Record<MuscleGroupId, readonly string[]>>>;
  /** Words that carry no place ("my", "cramp"…), English then Spanish. */
  fillers: readonly string[];
  /** Side words, including one-letter shorthand people type ("L calf"). */
  sides: readonly (readonly [string, 'left' | 'right' | 'both'])[];
  /** Irregular words and shorthand mapped before stemming. */
  aliases: readonly (readonly [string, string])[];
  /** Words that name a wide area: every group in it is offered, and the result is ambiguous. */
  vagueTerms: Readonly<Record<string, readonly MuscleGroupId[]>>;
  emergencyPatterns: readonly PatternSource[];
  /** Saddle numbness, or bladder or bowel trouble with a back spasm. */
  spinalEmergencyPatterns: readonly PatternSource[];
  /** Twitching (fasciculations). */
  twitchPatterns: readonly PatternSource[];
  outOfScopePatterns: readonly PatternSource[];
  /** Canonical aspect words (front, inner…): a phrase with one and a body word is an explicit place. */
  placeAspects: readonly string[];
  /** The only words a three-letter typo may stand for ("bak" → back). */
  shortBodyWords: readonly string[];
  /** Words that undo the place right after them ("not my calf"). */
  negationWords: readonly string[];
  /** Words after "right" that make it mean "exactly", not a side ("right at the crease"). */
  rightIdiomFollowers: readonly string[];
  /** Verbs whose "up" is part of the verb ("knots up"), not a direction. */
  phrasalUpVerbs: readonly string[];
  /** Words that join two clauses ("and", "pero"): a place phrase never reads across one. */
  clauseWords: readonly string[];
}

/** A finder over one set of data. */
export interface Finder {
  readonly data: FinderData;
  /**
   * Finds the muscle groups a free-text query describes, the way people actually type: any case and
   * punctuation, plurals, filler words, sides, slang, typos and descriptive phrases. Never throws; reads
   * at most the first 200 characters (500 for emergency phrases) and 30 words.
   */
  find(query: string): FinderResult;
  /** Forgets remembered typo guesses (for benchmarks that measure the first, uncached query). */
  clearCache(): void;
}

// Work caps: a 10,000-character paste costs the same as a sentence.
const maxChars = 200;
const maxEmergencyChars = 500;
const maxTokens = 30;
const maxMatches = 8;
// A query with more unknown words than this is not describing a place: stop guessing at typos.
const maxTypoGuesses = 8;

/** A search phrase, reduced to canonical tokens, and the groups it points to. */
interface Term {
  tokens: readonly string[];
  groups: ReadonlyMap<MuscleGroupId, number>;
  vague: boolean;
  /** The phrase as first written in the word lists (for "you wrote … →"). */
  phrase: string;
  /** An aspect and a body word ("back of thigh"), or an anatomical name of two words or more. */
  explicit: boolean;
}

interface QueryToken {
  word: string;
  quality: number;
  /** Where the word stands in the query's words (for "you wrote …"). */
  at: number;
}

interface GroupHit {
  id: MuscleGroupId;
  score: number;
  mask: number;
  vague: boolean;
  phrase: string;
}

const groupOrder = new Map(muscleGroupIds.map((id, position) => [id, position]));

/** Typo tolerance: 1 letter for words of 4–7 letters, 2 for longer ones (3 letters: see shortTypo). */
function typoLimit(word: string): number {
  if (word.length < 4) return 0;
  return word.length <= 7 ? 1 : 2;
}

// An explicit place or a whole anatomical name outranks slang and single words by this much.
const explicitBonus = 1.5;

const vowels = /[aeiou]/g;

// QWERTY neighbours: a three-letter typo may only swap a letter for one next to it on the keyboard.
const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function areKeyNeighbours(a: string, b: string): boolean {
  const find = (key: string) => {
    for (let row = 0; row < keyboardRows.length; row++) {
      const column = keyboardRows[row]?.indexOf(key) ?? -1;
      if (column >= 0) return { row, column };
    }
    return undefined;
  };
  const at = find(a);
  const bt = find(b);
  if (!at || !bt) return false;
  return Math.abs(at.row - bt.row) <= 1 && Math.abs(at.column - bt.column) <= 1;
}

/**
 * How a three-letter word is one edit from a short body word, best first: 1 a dropped letter ("bak"
 * → back), 2 swapped neighbours ("hpi" → hip), 3 a neighbouring key ("abz" → abs); 0 when it is not.
 */
export function shortTypoRank(word: string, target: string): number {
  if (target.length === word.length + 1) {
    for (let i = 0; i < target.length; i++) {
      if (target.slice(0, i) + target.slice(i + 1) === word) return 1;
    }
    return 0;
  }
  if (target.length !== word.length) return 0;
  const differ: number[] = [];
  for (let i = 0; i < word.length; i++) if (word[i] !== target[i]) differ.push(i);
  if (differ.length === 2) {
    const [i, j] = differ as [number, number];
    return j === i + 1 && word[i] === target[j] && word[j] === target[i] ? 2 : 0;
  }
  if (differ.length === 1) {
    const i = differ[0] as number;
    return areKeyNeighbours(word[i] ?? '', target[i] ?? '') ? 3 : 0;
  }
  return 0;
}

/** Positions from the first to the last set bit of a mask. */
function spanOf(mask: number): number {
  if (mask === 0) return 0;
  return Math.clz32(mask & -mask) - Math.clz32(mask) + 1;
}

/** Every bit from the lowest to the highest set bit of a non-zero mask (positions stay under 31). */
const rangeOf = (mask: number): number => (1 << (31 - Math.clz32(mask))) * 2 - (mask & -mask);

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

/** Builds the finder's index over `data` (a few milliseconds) and returns its search. */
export function createFinder(data: FinderData): Finder {
  const fillerWords = new Set(data.fillers);
  const sideWords = new Map(data.sides);
  const wordAliases = new Map(data.aliases);
  const aspectWords = new Set(data.placeAspects);
  const negationWords = new Set(data.negationWords);
  const rightIdiomFollowers = new Set(data.rightIdiomFollowers);
  const phrasalUpVerbs = new Set(data.phrasalUpVerbs);
  const clauseWords = new Set(data.clauseWords);

  /** One word's canonical form: alias, stem, then the alias of the stem ("piernas" → pierna → leg). */
  function canonicalWord(raw: string): string {
    const word = stemWord(wordAliases.get(raw) ?? raw);
    return wordAliases.get(word) ?? word;
  }
  const vagueTerms = data.vagueTerms;
  const emergencyPatterns = data.emergencyPatterns.map(([source, flags]) => new RegExp(source, flags));
  const outOfScopePatterns = data.outOfScopePatterns.map(([source, flags]) => new RegExp(source, flags));
  const spinalEmergencyPatterns = data.spinalEmergencyPatterns.map(
    ([source, flags]) => new RegExp(source, flags),
  );
  const twitchPatterns = data.twitchPatterns.map(([source, flags]) => new RegExp(source, flags));

  /** The query phrase shape the index stores: fillers dropped, aliases applied, stemmed. */
  function termTokens(phrase: string): string[] {
    const tokens: string[] = [];
    for (const raw of normalizeText(phrase, maxChars).split(' ')) {
      if (!raw || fillerWords.has(raw)) continue;
      const word = canonicalWord(raw);
      if (!fillerWords.has(word)) tokens.push(word);
    }
    return tokens;
  }

  /** Built once per finder: every phrase, an index from token to phrases, the fuzzy vocabulary. */
  function buildIndex() {
    const byKey = new Map<
      string,
      {
        tokens: string[];
        groups: Map<MuscleGroupId, number>;
        vague: boolean;
        phrase: string;
        explicit: boolean;
      }
    >();
    const add = (phrase: string, id: MuscleGroupId, weight: number, vague: boolean, anatomical = false) => {
      const tokens = termTokens(phrase);
      if (tokens.length === 0) return;
      const key = tokens.join(' ');
      const place =
        tokens.some((token) => aspectWords.has(token)) && tokens.some((token) => !aspectWords.has(token));
      let term = byKey.get(key);
      if (!term) {
        term = { tokens, groups: new Map(), vague, phrase, explicit: false };
        byKey.set(key, term);
      }
      term.vague ||= vague;
      term.explicit ||= place || (anatomical && tokens.length > 1);
      term.groups.set(id, Math.max(term.groups.get(id) ?? 0, weight));
    };
    for (const id of muscleGroupIds) {
      const group = data.groups[id];
      for (const phrase of group.terms) add(phrase, id, 1, false);
      for (const phrase of group.muscles) add(phrase, id, 1, false, true);
      for (const phrase of group.relatedTerms ?? []) add(phrase, id, 0.5, false);
      for (const phrase of data.spanishTerms[id] ?? []) add(phrase, id, 1, false);
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
    // Alias sources too ("espalda" → back), so a typo in a Spanish body word is understood.
    const aliasSources = [...wordAliases.keys()].filter((word) => byToken.has(canonicalWord(word)));
    const vocabulary = [
      ...new Set([...byToken.keys(), ...aliasSources, ...fillerWords, ...sideWords.keys()]),
    ].filter((word) => word.length >= 3);
    const vocabularyByLength = new Map<number, { word: string; mask: number; counts: Uint8Array }[]>();
    // Consonant skeletons, for words typed without vowels ("shldr" → shoulder); null when two words share one.
    const bySkeleton = new Map<string, string | null>();
    for (const word of vocabulary) {
      const list = vocabularyByLength.get(word.length) ?? [];
      list.push({ word, mask: letterMask(word), counts: letterCounts(word) });
      vocabularyByLength.set(word.length, list);
      const skeleton = word.replace(vowels, '');
      if (skeleton.length >= 3 && skeleton !== word) {
        const known = bySkeleton.get(skeleton);
        bySkeleton.set(skeleton, known === undefined || known === word ? word : null);
      }
    }
    // Short body words as typed ("ribs") with the token each stands for ("rib"); kept only if known.
    const shortWords = data.shortBodyWords
      .map((word) => [word, sideWords.has(word) ? word : canonicalWord(word)] as const)
      .filter(([, token]) => sideWords.has(token) || byToken.has(token));
    return { terms, byToken, vocabularyByLength, bySkeleton, shortWords };
  }

  const index = buildIndex();

  // Typo guesses already made: each keystroke re-reads the whole query, so the same words come back.
  const guessCache = new Map<string, string | null>();

  const guessCacheSize = 2000;

  /** The closest known word within the typo limit, or undefined (remembered per word). */
  function closestKnownWord(word: string): string | undefined {
    const known = guessCache.get(word);
    if (known !== undefined) return known ?? undefined;
    const guess = searchVocabulary(word);
    if (guessCache.size >= guessCacheSize) guessCache.clear();
    guessCache.set(word, guess ?? null);
    return guess;
  }

  /** The closest known word within the typo limit, or undefined (ties: see below). */
  function searchVocabulary(word: string): string | undefined {
    if (!/[aeiouy]/.test(word) && word.length >= 3) {
      const skeletonWord = index.bySkeleton.get(word);
      if (skeletonWord) return skeletonWord;
    }
    if (word.length === 3) return shortTypo(word);
    const limit = typoLimit(word);
    if (limit === 0) return undefined;
    const counts = letterCounts(word);
    const mask = letterMask(word);
    let best: string | undefined;
    let bestDistance = limit + 1;
    let bestRank = -1;
    for (let length = word.length - limit; length <= word.length + limit; length++) {
      for (const candidate of index.vocabularyByLength.get(length) ?? []) {
        // Cheap bounds first (an edit changes at most two letters): most words are too different.
        const bound = Math.min(limit, bestDistance);
        if (bitCount(mask ^ candidate.mask) > 2 * bound) continue;
        if (letterCountBound(counts, candidate.counts) > bound) continue;
        const distance = boundedDamerauLevenshtein(word, candidate.word, Math.min(limit, bestDistance));
        if (distance > limit) continue;
        // Ties: a place word over a filler ("hnad" is hand, not had), then the same letters in another
        // order (hand, not head), then the same first letter.
        const rank =
          (fillerWords.has(candidate.word) ? 0 : 4) +
          (letterCountBound(counts, candidate.counts) === 0 ? 2 : 0) +
          (candidate.word[0] === word[0] ? 1 : 0);
        if (distance < bestDistance || (distance === bestDistance && rank > bestRank)) {
          best = candidate.word;
          bestDistance = distance;
          bestRank = rank;
        }
      }
    }
    return best;
  }

  /** The short body word a three-letter typo stands for, or undefined (see shortTypoRank). */
  function shortTypo(word: string): string | undefined {
    let best: string | undefined;
    let bestRank = 4;
    for (const [typed, token] of index.shortWords) {
      const rank = shortTypoRank(word, typed);
      if (rank > 0 && rank < bestRank) {
        best = token;
        bestRank = rank;
      }
    }
    return best;
  }

  /** Splits a normalised query into place tokens, and the side it names. */
  function readTokens(text: string): { tokens: QueryToken[]; words: string[]; side?: BodySide } {
    const tokens: QueryToken[] = [];
    const sides = new Set<'left' | 'right' | 'both'>();
    const words = text ? text.split(' ').slice(0, maxTokens) : [];
    let guesses = 0;
    // After "not", the next place word is one the person rules out ("in my thigh, not my calf").
    let negated = false;
    for (let position = 0; position < words.length; position++) {
      const raw = words[position] ?? '';
      const sideWord = sideWords.get(raw);
      if (sideWord) {
        if (!(raw === 'right' && rightIdiomFollowers.has(words[position + 1] ?? ''))) sides.add(sideWord);
        continue;
      }
      if (negationWords.has(raw)) {
        negated = true;
        continue;
      }
      // A clause boundary: a token no phrase holds, so no phrase reads across it ("back spasm and my
      // legs"); but "between my neck and my shoulder" is one place.
      if (clauseWords.has(raw)) {
        if (!tokens.slice(-3).some((token) => token.word === 'between'))
          tokens.push({ word: '', quality: 0, at: position });
        continue;
      }
      if (fillerWords.has(raw)) continue;
      if (raw === 'up' && phrasalUpVerbs.has(words[position - 1] ?? '')) continue;
      const word = canonicalWord(raw);
      if (fillerWords.has(word)) continue;
      if (negated) {
        negated = false;
        if (index.byToken.has(word)) continue;
      }
      if (index.byToken.has(word)) {
        tokens.push({ word, quality: 1, at: position });
        continue;
      }
      // Stemming a typo can spoil it ("hors" → "hor"): try the word as typed first.
      const guess =
        guesses++ >= maxTypoGuesses
          ? undefined
          : (closestKnownWord(raw) ?? (word === raw ? undefined : closestKnownWord(word)));
      if (guess === undefined) {
        tokens.push({ word, quality: 0, at: position });
        continue;
      }
      const guessedSide = sideWords.get(guess);
      if (guessedSide) sides.add(guessedSide);
      else if (!fillerWords.has(guess))
        tokens.push({ word: canonicalWord(guess), quality: 0.85, at: position });
    }
    let side: BodySide | undefined;
    if (sides.has('both') || (sides.has('left') && sides.has('right'))) side = 'both';
    else if (sides.has('left')) side = 'left';
    else if (sides.has('right')) side = 'right';
    return { tokens, words, side };
  }

  /** Scores every phrase that shares a token with the query; keeps each group's best phrase. */
  function scoreGroups(tokens: readonly QueryToken[]): GroupHit[] {
    const positions = new Map<string, { mask: number; quality: number }>();
    let boundaries = 0;
    tokens.forEach((token, position) => {
      if (!token.word) boundaries |= 1 << position;
      if (token.quality === 0) return;
      const entry = positions.get(token.word) ?? { mask: 0, quality: token.quality };
      entry.mask |= 1 << position;
      entry.quality = Math.max(entry.quality, token.quality);
      positions.set(token.word, entry);
    });
    const candidates = new Set<number>();
    for (const word of positions.keys())
      for (const term of index.byToken.get(word) ?? []) candidates.add(term);

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
      const contiguous = length > 1 && isContiguous(tokens, term.tokens);
      // A phrase spread over the sentence is not one place: at most one other word inside it, and no
      // clause boundary ("and") between its words.
      const full =
        matched === length &&
        (length === 1 || contiguous || (spanOf(mask) <= length + 1 && !(rangeOf(mask) & boundaries)));
      if (!full && (matched < 2 || matched * 2 < length)) continue;
      const base = full
        ? matched + 1 + (contiguous ? 0.5 : 0) + (term.explicit ? explicitBonus : 0)
        : matched * 0.6;
      for (const [id, weight] of term.groups) {
        const score = base * weight * quality;
        const previous = best.get(id);
        if (!previous || score > previous.score) {
          best.set(id, { id, score, mask, vague: term.vague, phrase: term.phrase });
        }
      }
    }
    return [...best.values()];
  }

  function find(query: string): FinderResult {
    const input = typeof query === 'string' ? query : '';
    const emergencyText = normalizeText(input, maxEmergencyChars);
    const emergency = emergencyPatterns.some((pattern) => pattern.test(emergencyText));
    const text = emergencyText.length > maxChars ? normalizeText(input, maxChars) : emergencyText;
    // Before the out-of-scope words: "back spasm, can't control my bowel" is an emergency, not "bowel".
    const spinalEmergency = spinalEmergencyPatterns.some((pattern) => pattern.test(emergencyText));
    const outOfScope =
      !emergency && !spinalEmergency && outOfScopePatterns.some((pattern) => pattern.test(text));
    const twitching = twitchPatterns.some((pattern) => pattern.test(text));
    const { tokens, words, side } = readTokens(text);
    /** The query's words from the first to the last token a hit matched. */
    const matchedWords = (mask: number): string => {
      if (mask === 0) return '';
      const first = tokens[31 - Math.clz32(mask & -mask)]?.at ?? 0;
      const last = tokens[31 - Math.clz32(mask)]?.at ?? first;
      return words.slice(first, last + 1).join(' ');
    };

    const scored = outOfScope ? [] : scoreGroups(tokens);
    let hits = dropExplainedHits(scored);
    // A spinal red flag with the back named: the lower back is the place, whatever "between the legs"
    // or "groin" also match, so its card (which carries the same warning) comes first.
    const lowerBack = spinalEmergency ? scored.find((hit) => hit.id === 'lower_back') : undefined;
    if (lowerBack) {
      const top = Math.max(lowerBack.score, ...hits.map((hit) => hit.score));
      hits = [{ ...lowerBack, score: top + 0.01, vague: false }, ...hits.filter((hit) => hit !== lowerBack)];
    }
    // Chest symptoms in an emergency are not a chest-muscle cramp: no card may suggest otherwise.
    if (emergency) hits = hits.filter((hit) => hit.id !== 'chest_pec' && hit.id !== 'ribcage');
    hits = hits.slice(0, maxMatches);

    const [first, second] = hits;
    const ambiguous =
      lowerBack === undefined &&
      first !== undefined &&
      second !== undefined &&
      (first.vague || second.score >= 0.75 * first.score);
    const result: FinderResult = {
      matches: hits.map((hit) => ({
        id: hit.id,
        score: Math.round(hit.score * 100) / 100,
        phrase: hit.phrase,
        words: matchedWords(hit.mask),
      })),
      ambiguous,
      emergency,
      outOfScope,
    };
    if (side) result.side = side;
    if (spinalEmergency) result.spinalEmergency = true;
    if (twitching) result.twitching = true;
    return result;
  }

  return { data, find, clearCache: () => guessCache.clear() };
}

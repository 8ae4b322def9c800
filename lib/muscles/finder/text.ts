/**
 * Text helpers for the finder: normalising what people type, a light English stemmer and a bounded
 * Damerau-Levenshtein distance. Pure and allocation-light: the finder runs on every keystroke.
 */

/**
 * Lower-cases, strips accents, possessives, apostrophes and punctuation, and collapses spaces.
 * Only the first `maxChars` characters are read, so a pasted essay costs no more than a sentence.
 */
export function normalizeText(input: string, maxChars: number): string {
  return input
    .slice(0, maxChars)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]s\b/g, '')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Reduces plurals and -ing/-ed forms to one shape ("calves" → "calf", "curling" → "curl"). It is
 * applied to the search terms and to the query alike, so it only has to be consistent, not correct.
 */
export function stemWord(word: string): string {
  const n = word.length;
  if (n > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (n > 4 && word.endsWith('ves')) return `${word.slice(0, -3)}f`;
  if (n > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (n > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (n > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

// Rows reused between calls: the finder compares short words thousands of times per query.
const rowLength = 64;
const rowA = new Int32Array(rowLength);
const rowB = new Int32Array(rowLength);
const rowC = new Int32Array(rowLength);

/**
 * Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions), or
 * `limit + 1` as soon as the distance must exceed `limit`: typos are only ever 1–2 letters off, so
 * most comparisons stop after a row or two.
 */
export function boundedDamerauLevenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  const large = width > rowLength;
  let before = large ? new Int32Array(width) : rowA;
  let previous = large ? new Int32Array(width) : rowB;
  let current = large ? new Int32Array(width) : rowC;
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const charA = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const charB = b.charCodeAt(j - 1);
      const cost = charA === charB ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && charA === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === charB) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length] ?? limit + 1, limit + 1);
}

/** Counts of a–z and 0–9 in a word, for the cheap pre-check before an edit distance. */
export function letterCounts(word: string): Uint8Array {
  const counts = new Uint8Array(36);
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const slot = code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? code - 22 : -1;
    if (slot >= 0 && counts[slot] !== undefined) counts[slot] = Math.min(255, counts[slot] + 1);
  }
  return counts;
}

/** A bit per letter a–z present in a word (digits share bit 26). */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 97 && code <= 122) mask |= 1 << (code - 97);
    else if (code >= 48 && code <= 57) mask |= 1 << 26;
  }
  return mask;
}

/** Number of set bits: letters present in one word and not the other, when given an XOR of masks. */
export function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * A lower bound of the edit distance from letter counts alone: each edit changes the counts by at
 * most 2. Lets the finder skip most of the vocabulary without running the distance at all.
 */
export function letterCountBound(a: Uint8Array, b: Uint8Array): number {
  let difference = 0;
  for (let i = 0; i < 36; i++) difference += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return Math.ceil(difference / 2);
}

/**
 * The words a match read (`words`, normalised) as the person typed them ("Back of my THIGH"), for
 * "you wrote …"; the normalised words when the query cannot be lined up word for word.
 */
export function typedWords(input: string, words: string, maxChars: number): string {
  if (!words) return '';
  const original = input
    .slice(0, maxChars)
    .replace(/['’‘`]s\b/gi, '')
    .replace(/['’‘`]/g, '')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  const normalized = original.map((word) => normalizeText(word, maxChars));
  if (normalized.some((word) => word === '' || word.includes(' '))) return words;
  const target = words.split(' ');
  for (let start = 0; start + target.length <= normalized.length; start++) {
    if (target.every((word, offset) => normalized[start + offset] === word)) {
      return original.slice(start, start + target.length).join(' ');
    }
  }
  return words;
}

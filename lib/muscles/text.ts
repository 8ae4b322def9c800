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

/**
 * Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions), or
 * `limit + 1` as soon as the distance must exceed `limit`: typos are only ever 1–2 letters off, so
 * most comparisons stop after a row or two.
 */
export function boundedDamerauLevenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  let before = new Array<number>(width).fill(0);
  let previous = new Array<number>(width);
  let current = new Array<number>(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < width; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
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

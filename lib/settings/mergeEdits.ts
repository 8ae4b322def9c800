/**
 * Two settings forms open at once (two panels, a synced browser) must not overwrite each other: a
 * form remembers the stored value it last showed (`baseline`), and only the fields the person changed
 * since then are theirs. Pure, so the rules are tested without a form (tests/lib/settings/mergeEdits.test.ts).
 */

/** The fields of `edited` that differ from `baseline`: the ones the person changed. */
export function editedKeys<T extends object>(edited: T, baseline: T): (keyof T)[] {
  return (Object.keys(baseline) as (keyof T)[]).filter((key) => !Object.is(edited[key], baseline[key]));
}

/**
 * What a save writes: `latest` (read at save time) with only the fields changed since `baseline`
 * taken from `edited`. A field not edited always comes from `latest`, so another page's change stays.
 */
export function mergeEdits<T extends object>(latest: T, edited: T, baseline: T): T {
  const merged = { ...latest };
  for (const key of editedKeys(edited, baseline)) merged[key] = edited[key];
  return merged;
}

/**
 * What an open form shows when the stored value changes to `latest`: fields the person has not
 * touched (still equal to `baseline`) follow `latest`; touched fields keep the person's edit.
 * `conflicts`: touched fields that also changed underneath to something else, to say so.
 * The caller's new baseline is `latest`.
 */
export function followLatest<T extends object>(
  latest: T,
  shown: T,
  baseline: T,
): { shown: T; conflicts: (keyof T)[] } {
  const touched = editedKeys(shown, baseline);
  const next = mergeEdits(latest, shown, baseline);
  const conflicts = touched.filter(
    (key) => !Object.is(latest[key], baseline[key]) && !Object.is(latest[key], shown[key]),
  );
  return { shown: next, conflicts };
}

import { type StorageItemKey, storage, type WxtStorageItemOptions } from '@wxt-dev/storage';
import * as v from 'valibot';

/**
 * A stored value made safe to use. `corrupt`: what was stored was unusable (in whole, or in part for
 * an item with its own `check`) and the fallback stands in for it; nothing is written back, so the
 * stored value stays for a later version (or a person) to look at. `failed`: storage itself did not
 * answer (corrupt too: the fallback stands in for a value that could not be read).
 */
export interface Checked<T> {
  value: T;
  corrupt: boolean;
  failed?: true;
}

/** What a stored item is made of; the item's type is the schema's output. */
export interface StoredItemOptions<S extends v.GenericSchema, C extends Checked<v.InferOutput<S>>> {
  schema: S;
  /** What a missing value reads as, and what stands in for an unusable one. */
  fallback: v.InferOutput<S>;
  /** The stored shape's version (1 when omitted); raise it together with a migration to it. */
  version?: number;
  /** Turns a stored value of version n - 1 into version n, run once when the item is first read. */
  // biome-ignore lint/suspicious/noExplicitAny: a migration reads whatever an older version stored.
  migrations?: Record<number, (stored: any) => unknown>;
  /**
   * Replaces the whole-value check, e.g. one that keeps the valid fields and resets only a bad one, and
   * may say more than `Checked` (which fields were reset). It must accept the fallback, unflagged.
   */
  check?: (stored: unknown) => C;
}

/** What readers of a stored item use: a validated read, and each change validated (with the one before). */
export interface CheckedItem<C> {
  load(): Promise<C>;
  watchChecked(onChange: (checked: C, previous: C) => void): () => void;
}

/**
 * The one way to define an extension storage item (lib/storage is the only importer of
 * @wxt-dev/storage, held by biome.json, and the only reader of raw values, held by
 * tests/policy/stored-items.test.ts): the WXT item, keyed and stored exactly as `storage.defineItem`
 * stores it, plus its `schema`, `check` (validate any value), `load` (read and check; never throws)
 * and `watchChecked` (each change and the value before it, checked).
 */
export function defineStoredItem<
  S extends v.GenericSchema,
  C extends Checked<v.InferOutput<S>> = Checked<v.InferOutput<S>>,
>(key: StorageItemKey, options: StoredItemOptions<S, C>) {
  type T = v.InferOutput<S>;
  const { schema, fallback } = options;
  // The options go to WXT as they are: no `migrations` means no version record is ever written, as before.
  const item = storage.defineItem<T>(key, options as WxtStorageItemOptions<T> & { fallback: T });
  const check =
    options.check ??
    ((stored: unknown) => {
      const result = v.safeParse(schema, stored);
      return (
        result.success ? { value: result.output, corrupt: false } : { value: fallback, corrupt: true }
      ) as C;
    });
  return Object.assign(item, {
    schema,
    check,
    load: (): Promise<C> =>
      item.getValue().then(check, () => ({ ...check(fallback), corrupt: true, failed: true })),
    watchChecked: (onChange: (checked: C, previous: C) => void) =>
      item.watch((stored, previous) => onChange(check(stored), check(previous))),
  });
}

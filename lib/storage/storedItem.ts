import { type StorageItemKey, storage, type WxtStorageItemOptions } from '@wxt-dev/storage';
import * as v from 'valibot';

/**
 * A stored value made safe to use. `corrupt`: what was stored was unusable (in whole, or in part for
 * an item with its own `check`) and the fallback stands in for it; nothing is written back, so the
 * stored value stays for a later version (or a person) to look at.
 */
export interface Checked<T> {
  value: T;
  corrupt: boolean;
}

/** What a stored item is made of; the item's type is the schema's output. */
export interface StoredItemOptions<S extends v.GenericSchema> {
  schema: S;
  /** What a missing value reads as, and what stands in for an unusable one. */
  fallback: v.InferOutput<S>;
  /** The stored shape's version (1 when omitted); raise it together with a migration to it. */
  version?: number;
  /** Turns a stored value of version n - 1 into version n, run once when the item is first read. */
  // biome-ignore lint/suspicious/noExplicitAny: a migration reads whatever an older version stored.
  migrations?: Record<number, (stored: any) => unknown>;
  /** Replaces the whole-value check, e.g. one that keeps the valid fields and resets only a bad one. */
  check?: (stored: unknown) => Checked<v.InferOutput<S>>;
}

/**
 * The one way to define an extension storage item (lib/storage is the only importer of
 * @wxt-dev/storage, held by biome.json): the WXT item, keyed and stored exactly as `storage.defineItem`
 * stores it, plus its `schema`, `check` (validate any value), `load` (read and check; never throws)
 * and `watchChecked` (each change, checked).
 */
export function defineStoredItem<S extends v.GenericSchema>(
  key: StorageItemKey,
  options: StoredItemOptions<S>,
) {
  type T = v.InferOutput<S>;
  const { schema, fallback } = options;
  // The options go to WXT as they are: no `migrations` means no version record is ever written, as before.
  const item = storage.defineItem<T>(key, options as WxtStorageItemOptions<T> & { fallback: T });
  const check =
    options.check ??
    ((stored: unknown): Checked<T> => {
      const result = v.safeParse(schema, stored);
      return result.success ? { value: result.output, corrupt: false } : { value: fallback, corrupt: true };
    });
  return Object.assign(item, {
    schema,
    check,
    load: (): Promise<Checked<T>> => item.getValue().then(check, () => ({ value: fallback, corrupt: true })),
    watchChecked: (onChange: (checked: Checked<T>) => void) =>
      item.watch((stored) => onChange(check(stored))),
  });
}

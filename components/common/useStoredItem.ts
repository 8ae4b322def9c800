import { useEffect, useState } from 'preact/hooks';
import type { Checked, CheckedItem } from '@/lib/storage/storedItem';

/** A stored item as components use it: checked reads and changes, and a write. */
export type UsableItem<C extends Checked<unknown>> = CheckedItem<C> & {
  setValue(value: C['value']): Promise<void>;
};

/**
 * A stored item's checked value, read once and followed as it changes (another page, the worker,
 * another synced browser); undefined until first read. The watch is registered before the read, and
 * a read that answers after a change is not shown over it. `save` shows the value at once and writes
 * it; the caller decides what a refused write means (the promise rejects).
 * The one storage hook of the components.
 */
export function useStoredItem<C extends Checked<unknown>>(
  item: UsableItem<C>,
): [C | undefined, (value: C['value']) => Promise<void>] {
  const [checked, setChecked] = useState<C>();
  useEffect(() => {
    let changed = false;
    let live = true;
    const unwatch = item.watchChecked((next) => {
      changed = true;
      setChecked(next);
    });
    void item.load().then((first) => live && !changed && setChecked(first));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  const save = (value: C['value']) => {
    setChecked({ value, corrupt: false } as C);
    return item.setValue(value);
  };
  return [checked, save];
}

import { navigate } from '@/lib/navigation';
import { techniqueIds } from '@/lib/techniques/data';
import { openCrampNow } from '../cramp/crampNowStart';
import { isShortcutKey } from './shortcutKey';

/**
 * The panel's single-key commands: 1–4 open a method, C starts "Cramp now", L opens the cramp log.
 * The entrypoint registers this before the first render, so a key pressed the moment the panel
 * appears is never lost to a listener that an effect has not attached yet.
 */
export function onShortcutKey(event: KeyboardEvent): void {
  if (!isShortcutKey(event)) return;
  const key = event.key.toLowerCase();
  if (key === 'c') openCrampNow();
  else if (key === 'l') navigate({ name: 'log' });
  else {
    const id = techniqueIds[Number(key) - 1];
    if (!id) return;
    navigate({ name: 'technique', id });
  }
  event.preventDefault();
}

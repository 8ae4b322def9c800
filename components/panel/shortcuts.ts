import { currentView, navigate } from '@/lib/navigation';
import { appearance } from '@/lib/settings/model';
import { techniqueIds } from '@/lib/techniques/data';
import { openCrampNow } from '../cramp/crampNowStart';

/** Views that take typing: there a letter or digit is text, never a jump (the finder's search). */
const typingViews: ReadonlySet<string> = new Set(['finder']);

/**
 * True for a bare key press meant as a panel shortcut (1–4, C, L): shortcuts are on in Settings
 * (WCAG 2.1.4), no modifier, not typed into a field and not on a view that takes typing, so a
 * number in the finder's search box or a note never jumps views.
 */
function isShortcutKey(event: KeyboardEvent): boolean {
  if (!appearance.value.shortcuts) return false;
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  if (typingViews.has(currentView.value.name)) return false;
  const target = event.target;
  if (!(target instanceof HTMLElement)) return true;
  return !(target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

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

import { currentView } from '@/lib/navigation';
import { appearance } from '@/lib/settings/model';

/** Views that take typing: there a letter or digit is text, never a jump (the finder's search). */
const typingViews: ReadonlySet<string> = new Set(['finder']);

/**
 * True for a bare key press meant as a panel shortcut (1–4, C, L): shortcuts are on in Settings
 * (WCAG 2.1.4), no modifier, not typed into a field and not on a view that takes typing, so a
 * number in the finder's search box or a note never jumps views.
 */
export function isShortcutKey(event: KeyboardEvent): boolean {
  if (!appearance.value.shortcuts) return false;
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  if (typingViews.has(currentView.value.name)) return false;
  const target = event.target;
  if (!(target instanceof HTMLElement)) return true;
  return !(target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

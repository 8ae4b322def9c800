/**
 * True for a bare key press meant as a panel shortcut (1–4, L): no modifier, and not typed into a
 * field, so a number in the finder's search box or a note never jumps views.
 */
export function isShortcutKey(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  const target = event.target;
  if (!(target instanceof HTMLElement)) return true;
  return !(target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

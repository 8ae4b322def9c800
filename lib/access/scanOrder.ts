/**
 * The scan order of a view, read from its one description: the DOM. A view marks its groups with
 * `data-scan-group="name"` (pinned methods, navigation, the view's main action, each section); the
 * items of a group are the focusable controls inside it, so a view needs no hand-built item lists and
 * a new button is scanned without anyone remembering to add it. A group nested in another is its own
 * group: its controls are not items of the outer one.
 */

/** One group of the scan order, in document order. */
export interface ScanGroup<T = Element> {
  /** The value of `data-scan-group`. */
  name: string;
  element: T;
  items: T[];
}

/** Controls a switch user can act on: what a keyboard user reaches with Tab, in the same order. */
export const focusableSelector = [
  'button:not([disabled])',
  'a[href]',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/**
 * What dwell acts on: the focusable controls, and a label that holds its control (a checkbox and its
 * words) as one big target. A label beside its field (`for`) is not: the field is the target, and the
 * two would touch.
 */
export const dwellControlSelector = `${focusableSelector},label:has(input,select,textarea)`;

/** Whether the element takes up room on screen (happy-dom and hidden panels report no boxes). */
function isShown(element: Element): boolean {
  if (element.closest('[hidden],[inert],[aria-hidden="true"]')) return false;
  const view = element.ownerDocument.defaultView;
  const style = view?.getComputedStyle(element);
  return style?.display !== 'none' && style?.visibility !== 'hidden';
}

/**
 * Marks a group that goes before all others while it is shown (`data-scan-first`): what needs an
 * answer now, such as a timer alert's Acknowledge, is the first stop, and the scanner moves to it
 * when it appears.
 */
export const firstAttribute = 'data-scan-first';

/**
 * Reads the scan order under `root`: the groups in document order, each with its items, except that
 * groups marked `data-scan-first` come first. A control that carries `data-scan-group` itself
 * ("Cramp now") is a group of one: one select acts on it.
 */
export function readScanOrder(root: ParentNode): ScanGroup[] {
  const groups: ScanGroup[] = [];
  for (const element of root.querySelectorAll('[data-scan-group]')) {
    if (!isShown(element)) continue;
    const items = element.matches(focusableSelector)
      ? [element]
      : [...element.querySelectorAll(focusableSelector)].filter(
          (item) => item.closest('[data-scan-group]') === element && isShown(item),
        );
    // A group with nothing to act on would be a stop that does nothing.
    if (items.length === 0) continue;
    groups.push({ name: (element as HTMLElement).dataset.scanGroup ?? '', element, items });
  }
  const first = groups.filter((group) => group.element.hasAttribute(firstAttribute));
  return first.length === 0 ? groups : [...first, ...groups.filter((group) => !first.includes(group))];
}

/** The name of the last group, which holds the controls no view put in a group of its own. */
export const restGroupName = 'rest';

/**
 * The scan order plus, last, a group of every shown control under `root` that is in no group, so a
 * control a view forgot to mark is still reachable by switch (never a dead end).
 */
export function readScanGroups(root: ParentNode & Node): ScanGroup[] {
  const groups = readScanOrder(root);
  const grouped = new Set(groups.flatMap((group) => group.items));
  const rest = [...root.querySelectorAll(focusableSelector)].filter(
    (item) =>
      !grouped.has(item) &&
      !item.closest('[data-scan-group]') &&
      !item.closest('[data-scan-ignore]') &&
      isShown(item),
  );
  if (rest.length > 0) {
    const element = root instanceof Element ? root : (root.ownerDocument?.body ?? (root as Document).body);
    groups.push({ name: restGroupName, element, items: rest });
  }
  return groups;
}

/** A vertical span on screen, in CSS px from the top of the viewport. */
export interface Span {
  top: number;
  bottom: number;
}

/**
 * How far to scroll (positive: down) so `target` is fully inside `visible` (the viewport less what is
 * pinned above and below). A target taller than the room is aligned at its top, so its start is read
 * first. Zero when it is already fully in view.
 */
export function scrollDeltaToShow(target: Span, visible: Span): number {
  if (target.top >= visible.top && target.bottom <= visible.bottom) return 0;
  const room = visible.bottom - visible.top;
  if (target.bottom - target.top > room || target.top < visible.top) return target.top - visible.top;
  return target.bottom - visible.bottom;
}

import { pressCounts } from '@/lib/access/press';
import {
  advanceScan,
  clampScan,
  dwellFor,
  type ScanState,
  type ScanTiming,
  selectScan,
  startScan,
  stepScan,
} from '@/lib/access/scanner';
import {
  firstAttribute,
  readScanGroups,
  type ScanGroup,
  type Span,
  scrollDeltaToShow,
} from '@/lib/access/scanOrder';
import { t } from '@/lib/i18n';
import { currentView } from '@/lib/navigation';
import type { InputModeSettings } from '@/lib/settings/inputMode';
import { pressInPlace } from './pressInPlace';

/** What the controller draws into: the highlight box and the "back" stop, both owned by the layer. */
export interface ScanElements {
  highlight: HTMLElement;
  back: HTMLButtonElement;
}

// After a select that replaced what was pressed (a new view, the next step), the highlight moves to
// the view's first group; content that arrives a moment later (read from storage) moves it again.
const relocateWindowMs = 1500;

/** A field that takes typed text (not a checkbox, radio, button or the like). */
const textFieldSelector =
  'input:not([type=checkbox],[type=radio],[type=button],[type=submit],[type=reset],[type=range],[type=color],[type=file],[type=image]), textarea';

/** Whether the element is drawn (the lib reader cannot know: happy-dom draws nothing). */
const drawn = (element: Element) =>
  typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;

/** The box around a group's items or one item, in viewport px. */
function boxOf(elements: readonly Element[]): DOMRect | null {
  let box: { left: number; top: number; right: number; bottom: number } | null = null;
  for (const element of elements) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    box = box
      ? {
          left: Math.min(box.left, rect.left),
          top: Math.min(box.top, rect.top),
          right: Math.max(box.right, rect.right),
          bottom: Math.max(box.bottom, rect.bottom),
        }
      : { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
  }
  return box ? new DOMRect(box.left, box.top, box.right - box.left, box.bottom - box.top) : null;
}

/** The pinned part on top (the header that stays while the page scrolls). */
const pinnedHeader = () => document.querySelector<HTMLElement>('body > #app header, header.app-header');

/** Where the pinned header ends on screen (0 once large text lets it scroll away). */
const pinnedBottom = () => Math.max(0, pinnedHeader()?.getBoundingClientRect().bottom ?? 0);

/**
 * Switch scanning over the panel: the pure engine (lib/access/scanner.ts) driven by key presses and,
 * for one switch, by a timer re-armed from the engine's absolute deadline (never a ticking interval),
 * stopped while the panel is hidden. The scan order is read from the views' `data-scan-group`
 * attributes at every step, so it follows whatever is on screen. Focus moves with the highlight, so a
 * screen reader speaks what is highlighted.
 */
export class ScanController {
  private state: ScanState;
  private groups: ScanGroup[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private shown: { target: Element | null; level: string } = { target: null, level: '' };
  private madeFocusable: HTMLElement | null = null;
  /** A highlighted group given a role and a name for screen readers, and what it had before. */
  private named: { element: HTMLElement; role: string | null; label: string | null } | null = null;
  private pressedAt = new Map<string, number>();
  private relocate: { until: number; view: unknown; activated: Element | null; to: Element | null } | null =
    null;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private observer: MutationObserver | undefined;
  private frame = 0;
  private audio: AudioContext | undefined;
  /**
   * The text field being typed in, or null. Selecting a field enters it (as does a click or Tab into
   * it): every key then is the field's, but the select switch (and Escape), which leaves it and goes
   * on scanning from it. The move switch types (Space is a space); one-switch scanning waits.
   */
  private typing: HTMLElement | null = null;
  /** Stops keeping the last pressed control in place (pressInPlace): the next press moves on. */
  private release: (() => void) | undefined;
  /** The scanner itself is moving focus (a click or Tab into a field is someone typing). */
  private focusing = false;
  /** When Tab was last pressed: focus that arrives just after it was moved by the keyboard. */
  private tabbedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private settings: InputModeSettings,
    private readonly elements: ScanElements,
  ) {
    this.state = startScan(null, this.timing);
  }

  private get auto(): boolean {
    return this.settings.mode === 'one-switch';
  }

  private get timing(): ScanTiming {
    const { itemMs, firstItemExtraMs, loops } = this.settings;
    return { itemMs, firstItemExtraMs, loops };
  }

  private now(): number {
    return performance.now();
  }

  /** Starts scanning from the first group; returns the function that stops it and cleans up. */
  start(): () => void {
    this.read();
    this.state = startScan(this.auto ? this.now() : null, this.timing);
    window.addEventListener('keydown', this.onKeyDown, true);
    document.addEventListener('pointerdown', this.onPointerDown, true);
    document.addEventListener('focusin', this.onFocusIn);
    document.addEventListener('focusout', this.onFocusOut);
    window.addEventListener('keyup', this.onKeyUp, true);
    window.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.onScroll, { passive: true });
    document.addEventListener('visibilitychange', this.onVisibility);
    this.elements.back.addEventListener('click', this.onBackClick);
    this.observer = new MutationObserver(this.onMutation);
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    this.render(true);
    this.arm();
    return () => this.stop();
  }

  /** New timings or keys from Settings, without losing the place. */
  update(settings: InputModeSettings): void {
    const wasAuto = this.auto;
    this.settings = settings;
    if (this.auto && (!wasAuto || this.state.nextAt !== null)) {
      this.state = { ...this.state, nextAt: this.now() + dwellFor(this.state, this.timing) };
    } else if (!this.auto) {
      this.state = { ...this.state, nextAt: null };
    }
    this.arm();
  }

  private stop(): void {
    clearTimeout(this.timer);
    clearTimeout(this.settleTimer);
    cancelAnimationFrame(this.frame);
    window.removeEventListener('keydown', this.onKeyDown, true);
    window.removeEventListener('keyup', this.onKeyUp, true);
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    document.removeEventListener('focusin', this.onFocusIn);
    document.removeEventListener('focusout', this.onFocusOut);
    window.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onScroll);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.elements.back.removeEventListener('click', this.onBackClick);
    this.observer?.disconnect();
    this.clearMarks();
    void this.audio?.close();
  }

  // --- reading the scan order --------------------------------------------------------------------

  /**
   * Re-reads the scan order. True when a group that goes first (a timer alert's Acknowledge) has just
   * appeared: the highlight has moved onto it, so the alert is answered with one select.
   */
  private read(): boolean {
    const before = this.current();
    const known = new Set(this.groups.map((group) => group.element));
    this.groups = readScanGroups(document.body)
      .map((group) => ({ ...group, items: group.items.filter(drawn) }))
      .filter((group) => group.items.length > 0);
    const fresh = this.groups.findIndex(
      (group) => group.element.hasAttribute(firstAttribute) && !known.has(group.element),
    );
    if (fresh >= 0) {
      this.relocate = null;
      this.state = this.groupStart(fresh);
      return true;
    }
    this.reanchor(before);
    return false;
  }

  /** The highlight on group `index`, at the group level, with a first item's time (one switch). */
  private groupStart(index: number): ScanState {
    const { itemMs, firstItemExtraMs } = this.settings;
    return {
      level: 'groups',
      group: index,
      index,
      loops: 0,
      nextAt: this.auto ? this.now() + itemMs + firstItemExtraMs : null,
    };
  }

  private get shape(): number[] {
    return this.groups.map((group) => group.items.length);
  }

  /** What is highlighted now: the group, and the item (null for the group or the back stop). */
  private current(): { group: ScanGroup | undefined; item: Element | null; back: boolean } {
    const group = this.groups[this.state.group];
    if (this.state.level === 'groups' || !group) return { group, item: null, back: false };
    return {
      group,
      item: group.items[this.state.index] ?? null,
      back: this.state.index >= group.items.length,
    };
  }

  /** After a re-read, keep the highlight on the same group and item even if others came or went. */
  private reanchor(before: ReturnType<ScanController['current']>): void {
    const index = before.group
      ? this.groups.findIndex(
          (group) => group.element === before.group?.element && group.name === before.group?.name,
        )
      : -1;
    if (index < 0) {
      this.state = clampScan(this.state, this.shape);
      return;
    }
    if (this.state.level === 'groups') {
      this.state = { ...this.state, group: index, index };
      return;
    }
    const items = this.groups[index]?.items ?? [];
    const item = before.item ? items.indexOf(before.item) : -1;
    this.state = {
      ...this.state,
      group: index,
      index: before.back ? items.length : item >= 0 ? item : Math.min(this.state.index, items.length),
    };
  }

  /** The first group inside the view (under the pinned part), or the first group of all. */
  private firstViewGroup(): number {
    const main = document.getElementById('main');
    const index = main ? this.groups.findIndex((group) => main.contains(group.element)) : -1;
    return Math.max(0, index);
  }

  // --- switches ----------------------------------------------------------------------------------

  private role(event: KeyboardEvent): 'move' | 'select' | null {
    if (event.ctrlKey || event.altKey || event.metaKey) return null;
    const target = event.target as Element | null;
    // Settings is listening for a new switch key: let it have this one.
    if (target?.closest?.('[data-key-capture="listening"]')) return null;
    if (this.typing) {
      // Typing: the select switch (or Escape) leaves the field; every other key is the field's, and
      // Shift+Enter still starts a new line in a note.
      if (event.key === 'Escape') return 'select';
      if (event.shiftKey && this.typing.matches('textarea')) return null;
      return event.key === this.settings.selectKey ? 'select' : null;
    }
    if (event.key === this.settings.selectKey) return 'select';
    if (!this.auto && event.key === this.settings.moveKey) return 'move';
    return null;
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Tab') this.tabbedAt = performance.now();
    const role = this.role(event);
    if (!role) return;
    // The switch is the scanner's: the focused control must not act on it as well (Enter, Space).
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.repeat) return;
    if (this.settings.debounceMs <= 0) this.press(role);
    else this.pressedAt.set(event.key, event.timeStamp);
  };

  private readonly onKeyUp = (event: KeyboardEvent) => {
    const role = this.role(event);
    if (!role) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const downAt = this.pressedAt.get(event.key);
    this.pressedAt.delete(event.key);
    // A press shorter than the debounce time is a tremor, not a press.
    if (this.settings.debounceMs > 0 && downAt !== undefined) {
      if (pressCounts(downAt, event.timeStamp, this.settings.debounceMs)) this.press(role);
    }
  };

  private readonly onBackClick = () => {
    // A pointer on the back stop: the same as selecting it.
    if (this.state.level !== 'items') return;
    this.relocate = null;
    this.state = { ...this.state, level: 'groups', index: this.state.group, loops: 0 };
    this.render(true);
  };

  private press(role: 'move' | 'select'): void {
    this.relocate = null;
    // The last press's control is no longer held in place: this press may scroll to another.
    this.release?.();
    this.release = undefined;
    if (this.typing) {
      this.leaveTyping();
      return;
    }
    if (this.read()) {
      // An alert came up at this very moment: the press was meant for what was highlighted before,
      // so it does nothing, rather than act on either.
      this.render(true);
      this.arm();
      return;
    }
    if (role === 'move') {
      this.state = stepScan(this.state, this.shape, null, this.timing);
      this.tick();
      this.render(true);
      return;
    }
    const before = this.current();
    const { state, action } = selectScan(this.state, this.shape, this.auto ? this.now() : null, this.timing);
    this.state = state;
    if (action.kind === 'activate') {
      const item = this.groups[action.group]?.items[action.item] ?? null;
      this.activate(item ?? before.item);
    }
    this.render(true);
    this.arm();
  }

  private activate(item: Element | null): void {
    if (!(item instanceof HTMLElement)) return;
    this.relocate = {
      until: this.now() + relocateWindowMs,
      view: currentView.peek(),
      activated: item,
      to: null,
    };
    if (item.matches(textFieldSelector)) {
      this.enterTyping(item);
      return;
    }
    if (item.matches('select')) {
      item.focus();
    } else {
      this.release = pressInPlace(item, () => item.click());
    }
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(this.settle, 60);
  }

  // --- typing in a text field -------------------------------------------------------------------

  private enterTyping(field: HTMLElement): void {
    this.relocate = null;
    this.typing = field;
    // The highlight goes onto the field, wherever it was (a click or Tab brought focus here).
    const group = this.groups.findIndex((candidate) => candidate.items.includes(field));
    const index = group >= 0 ? (this.groups[group]?.items.indexOf(field) ?? -1) : -1;
    if (group >= 0 && index >= 0) this.state = { level: 'items', group, index, loops: 0, nextAt: null };
    if (document.activeElement !== field) {
      this.focusing = true;
      field.focus();
      this.focusing = false;
    }
    clearTimeout(this.timer);
    this.render(true);
  }

  /** Leaves the field: the highlight stays on it and scanning goes on from there. */
  private leaveTyping(): void {
    if (!this.typing) return;
    this.typing = null;
    this.read();
    if (this.auto) this.state = { ...this.state, nextAt: this.now() + dwellFor(this.state, this.timing) };
    this.render(true);
    this.arm();
  }

  private readonly onPointerDown = (event: PointerEvent) => {
    // A click into a field (a caregiver at the keyboard): typing, not scanning.
    const field = (event.target as Element | null)?.closest?.(textFieldSelector);
    if (field instanceof HTMLElement && field !== this.typing && !field.closest('[data-scan-ignore]')) {
      this.read();
      this.enterTyping(field);
    }
  };

  private readonly onFocusIn = (event: FocusEvent) => {
    const field = event.target instanceof HTMLElement ? event.target : null;
    if (this.focusing || this.typing || !field?.matches(textFieldSelector)) return;
    // Tab into a field: someone at the keyboard, typing. Focus the view itself moves (the finder's
    // search when it opens) stays a scan stop until selected.
    if (performance.now() - this.tabbedAt < 500) {
      this.read();
      this.enterTyping(field);
    }
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    if (!this.typing || event.target !== this.typing) return;
    // Focus went elsewhere (a click, Tab): the field is left; scanning goes on from where focus is.
    this.typing = null;
    if (this.auto) this.state = { ...this.state, nextAt: this.now() + dwellFor(this.state, this.timing) };
    this.render(false);
    this.arm();
  };

  // --- the clock (one switch) --------------------------------------------------------------------

  private arm(): void {
    clearTimeout(this.timer);
    const at = this.state.nextAt;
    // While typing in a field the highlight waits on it.
    if (!this.auto || at === null || document.hidden || this.typing) return;
    // From the absolute deadline each time: a late timer never pushes the next one later.
    this.timer = setTimeout(this.onTimer, Math.max(0, at - this.now()));
  }

  private readonly onTimer = () => {
    if (this.read()) {
      this.render(true);
      this.arm();
      return;
    }
    const before = this.state;
    this.state = advanceScan(this.state, this.shape, this.now(), this.timing);
    if (before.index !== this.state.index || before.level !== this.state.level) {
      this.release?.();
      this.release = undefined;
    }
    if (before.index !== this.state.index || before.level !== this.state.level) this.tick();
    this.render(true);
    this.arm();
  };

  private readonly onVisibility = () => {
    if (document.hidden) {
      clearTimeout(this.timer);
      return;
    }
    // Back on screen: the highlight stays where it was and gets its full time again.
    if (this.auto && this.state.nextAt !== null) {
      this.state = { ...this.state, nextAt: this.now() + dwellFor(this.state, this.timing) };
    }
    this.arm();
  };

  // --- following the page ------------------------------------------------------------------------

  private readonly onMutation = (records: MutationRecord[]) => {
    const layer = this.elements.highlight.parentElement;
    if (layer && records.every((record) => layer.contains(record.target))) return;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(this.settle, 40);
  };

  /**
   * A control that opened what it controls (the section menu: aria-expanded, aria-controls): the
   * highlight goes into the group that opened, at its first item, as focus does for a keyboard user.
   */
  private enterOpened(activated: Element | null | undefined): boolean {
    if (activated?.getAttribute('aria-expanded') !== 'true') return false;
    const controlled = document.getElementById(activated.getAttribute('aria-controls') ?? '');
    const index = controlled ? this.groups.findIndex((group) => controlled.contains(group.element)) : -1;
    if (index < 0) return false;
    this.state = {
      level: 'items',
      group: index,
      index: 0,
      loops: 0,
      nextAt: this.auto ? this.now() + this.settings.itemMs + this.settings.firstItemExtraMs : null,
    };
    return true;
  }

  private readonly settle = () => {
    if (this.read()) {
      this.render(true);
      this.arm();
      return;
    }
    const pending = this.relocate;
    if (pending && !pending.to && this.enterOpened(pending.activated)) {
      this.relocate = null;
      this.render(true);
      this.arm();
      return;
    }
    if (pending && this.now() <= pending.until) {
      const replaced =
        !pending.activated?.isConnected || currentView.peek() !== pending.view || pending.to !== null;
      const index = this.firstViewGroup();
      const to = this.groups[index]?.element ?? null;
      if (replaced && to !== pending.to) {
        // A new view or step is read from its top, as it would be by anyone opening it.
        if (pending.to === null) window.scrollTo({ top: 0, behavior: 'instant' });
        pending.to = to;
        this.state = this.groupStart(index);
        this.render(true);
        this.arm();
        return;
      }
    } else {
      this.relocate = null;
    }
    this.render(false);
  };

  private readonly onScroll = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.draw());
  };

  // --- drawing -----------------------------------------------------------------------------------

  private clearMarks(): void {
    for (const element of document.querySelectorAll('[data-scan-highlight]')) {
      element.removeAttribute('data-scan-highlight');
    }
    if (this.madeFocusable) {
      this.madeFocusable.removeAttribute('tabindex');
      this.madeFocusable = null;
    }
    if (this.named) {
      const { element, role, label } = this.named;
      if (role === null) element.removeAttribute('role');
      if (label === null) element.removeAttribute('aria-label');
      this.named = null;
    }
  }

  /**
   * A highlighted group takes focus, so a screen reader says its name. A group the view already
   * names (a nav's or fieldset's label, a section's heading) keeps it; any other is made a named
   * group for as long as it is highlighted, named by what it holds ("Group of 3: Start, Skip, Stop").
   */
  private nameGroup(element: HTMLElement, items: readonly Element[]): void {
    const named = element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby');
    const landmark = element.matches('nav, section[aria-labelledby], fieldset, aside[aria-labelledby]');
    if (landmark && (named || element.matches('fieldset:has(> legend)'))) return;
    const role = element.getAttribute('role');
    this.named = { element, role, label: element.getAttribute('aria-label') };
    if (role === null) element.setAttribute('role', 'group');
    if (named) return;
    const words = items
      .slice(0, 4)
      .map((item) => (item.getAttribute('aria-label') ?? item.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((word) => word !== '');
    const more = items.length > 4 ? ', …' : '';
    const label =
      items.length === 1
        ? words.join('')
        : t('accessGroupName', [String(items.length), words.join(', ') + more]);
    element.setAttribute('aria-label', label);
  }

  /** The element the highlight is on, and what it covers on screen. */
  private target(): { element: HTMLElement | null; covers: Element[]; level: 'group' | 'item' | 'back' } {
    const { group, item, back } = this.current();
    if (back) return { element: this.elements.back, covers: [this.elements.back], level: 'back' };
    if (item) return { element: item as HTMLElement, covers: [item], level: 'item' };
    if (!group) return { element: null, covers: [], level: 'group' };
    const element = group.element === document.body ? null : (group.element as HTMLElement);
    return { element, covers: group.items, level: 'group' };
  }

  /**
   * Marks, focuses and scrolls to what is highlighted. `moved` is false for a redraw after the page
   * changed under a highlight that stayed put: then focus and scroll are left alone unless the
   * highlighted element itself is new.
   */
  private render(moved: boolean): void {
    const { element, covers, level } = this.target();
    this.elements.back.hidden = this.state.level !== 'items';
    this.placeBack();
    const first = covers[0] ?? null;
    const key = element ?? first;
    const changed = key !== this.shown.target || level !== this.shown.level;
    if (changed || moved) {
      this.clearMarks();
      if (element) element.dataset.scanHighlight = level;
      // The last group (controls no view put in a group) has no element of its own to mark: each of
      // its members is marked and ringed, so the step is never a highlight on nothing.
      else if (level === 'group') {
        for (const member of covers) (member as HTMLElement).dataset.scanHighlight = 'member';
      }
      this.shown = { target: key, level };
      if (element && !element.matches('[tabindex], a[href], button, input, select, textarea, summary')) {
        // A group takes focus so a screen reader says its name ("Sections, navigation").
        element.setAttribute('tabindex', '-1');
        this.madeFocusable = element;
      }
      if (element && level === 'group' && !covers.includes(element)) this.nameGroup(element, covers);
      this.focusing = true;
      (element ?? (first as HTMLElement | null))?.focus({ preventScroll: true });
      this.focusing = false;
      this.scrollToShow(covers);
    }
    document.documentElement.dataset.scanLevel = level;
    this.draw();
  }

  /**
   * The part of the viewport not covered by what is pinned: the header and the back stop under it on
   * top, and at the bottom a group that sticks there (the log form's Save bar) unless the highlight is
   * in it.
   */
  private visibleSpan(covers: readonly Element[]): Span {
    const back = this.elements.back;
    const top = back.hidden ? pinnedBottom() : back.getBoundingClientRect().bottom;
    let bottom = window.innerHeight;
    for (const group of this.groups) {
      const element = group.element as HTMLElement;
      if (covers.some((covered) => element.contains(covered))) continue;
      if (getComputedStyle(element).position !== 'sticky') continue;
      const box = element.getBoundingClientRect();
      if (box.top > window.innerHeight / 2 && box.top < bottom) bottom = box.top;
    }
    return { top: top + 4, bottom: bottom - 4 };
  }

  /** The back stop sits just under the pinned header, so it never covers a bar pinned at the bottom. */
  private placeBack(): void {
    this.elements.back.style.top = `${pinnedBottom() + 8}px`;
  }

  private scrollToShow(covers: readonly Element[]): void {
    const header = pinnedHeader();
    // What is pinned is always on screen; scrolling for it would only move the view.
    if (covers.length === 0 || (header && covers.every((element) => header.contains(element)))) return;
    if (covers.includes(this.elements.back)) return;
    const box = boxOf(covers);
    if (!box) return;
    // The highlight's own ring (6 px) must be on screen too.
    const delta = scrollDeltaToShow({ top: box.top - 8, bottom: box.bottom + 8 }, this.visibleSpan(covers));
    if (delta !== 0) window.scrollBy({ top: delta, behavior: 'instant' });
  }

  private draw(): void {
    this.placeBack();
    const { covers } = this.target();
    const box = boxOf(covers);
    const highlight = this.elements.highlight;
    if (!box) {
      highlight.hidden = true;
      return;
    }
    highlight.hidden = false;
    const { level } = this.target();
    highlight.dataset.level = level;
    // How many items a highlighted group holds: one means a select acts on it at once.
    highlight.dataset.items = String(level === 'group' ? covers.length : 1);
    highlight.dataset.stopped = String(this.auto && this.state.nextAt === null && !this.typing);
    // Typing in the field: drawn apart, so it is clear the switch keys now type (select leaves).
    highlight.dataset.typing = String(this.typing !== null);
    // When the highlight moves on (performance.now() time): tests press only while there is time left.
    highlight.dataset.nextAt = this.state.nextAt === null ? '' : String(Math.round(this.state.nextAt));
    const pad = 4;
    // Kept inside the window: a bar pinned to its bottom edge (the log form's Save) still shows its
    // whole ring.
    const left = Math.max(0, box.left - pad);
    const top = Math.max(0, box.top - pad);
    const right = Math.min(window.innerWidth, box.right + pad);
    const bottom = Math.min(window.innerHeight, box.bottom + pad);
    Object.assign(highlight.style, {
      left: `${left}px`,
      top: `${top}px`,
      width: `${Math.max(0, right - left)}px`,
      height: `${Math.max(0, bottom - top)}px`,
    });
  }

  /** A short, quiet tick on each step, when chosen in Settings (off by default). */
  private tick(): void {
    if (!this.settings.tick || typeof AudioContext === 'undefined') return;
    try {
      this.audio ??= new AudioContext();
      const at = this.audio.currentTime;
      const oscillator = this.audio.createOscillator();
      const gain = this.audio.createGain();
      oscillator.frequency.value = 1200;
      gain.gain.setValueAtTime(0.08, at);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.04);
      oscillator.connect(gain).connect(this.audio.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.05);
    } catch {
      // No sound is no harm: the highlight still moves.
    }
  }
}

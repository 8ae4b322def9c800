import { type DwellState, idleDwell, updateDwell } from '@/lib/access/press';
import { dwellControlSelector } from '@/lib/access/scanOrder';
import { pressInPlace } from './pressInPlace';

/** What the dwell controller draws into: the filling ring and the two scroll areas. */
export interface DwellElements {
  ring: HTMLElement;
  up: HTMLElement;
  down: HTMLElement;
}

// After a press the pointer must move this far before anything can fill again, so a control that
// appears under a resting pointer (the next step of a flow) is never pressed by itself.
const moveToRearmPx = 12;

// The controls, and the scroll areas at the top and bottom of long views.
const targetSelector = `${dwellControlSelector},[data-dwell-scroll]`;

/** The pinned part on top (the header that stays while the page scrolls). */
const pinnedHeader = () => document.querySelector<HTMLElement>('header.app-header, body > #app header');

/**
 * Dwell clicking: resting the pointer on a control for the dwell time presses it (lib/access/press.ts
 * updateDwell), with a ring at the pointer that fills to show how long is left; leaving resets it, and
 * the pointer must leave (and move) before it can press again. The press fires from a timer set from
 * the absolute deadline, not from counting frames; nothing runs while the panel is hidden. Two scroll
 * areas, under the pinned part and at the bottom, scroll the view while the pointer rests on them.
 */
export class DwellController {
  private state: DwellState<Element> = idleDwell();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private pointer = { x: -1, y: -1 };
  private restingSince: { x: number; y: number } | null = null;
  private observer: MutationObserver | undefined;
  private areasFrame = 0;
  private release: (() => void) | undefined;

  constructor(
    private dwellMs: number,
    private readonly elements: DwellElements,
  ) {}

  /** Starts following the pointer; returns the function that stops and cleans up. */
  start(): () => void {
    document.addEventListener('pointermove', this.onMove, { passive: true });
    document.documentElement.addEventListener('pointerleave', this.onLeave);
    window.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.onScroll, { passive: true });
    document.addEventListener('visibilitychange', this.onVisibility);
    this.observer = new MutationObserver(this.onScroll);
    this.observer.observe(document.body, { childList: true, subtree: true });
    this.placeAreas();
    return () => this.stop();
  }

  /** A new dwell time from Settings. */
  update(dwellMs: number): void {
    this.dwellMs = dwellMs;
    this.reset();
  }

  private stop(): void {
    this.reset();
    cancelAnimationFrame(this.areasFrame);
    document.removeEventListener('pointermove', this.onMove);
    document.documentElement.removeEventListener('pointerleave', this.onLeave);
    window.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onScroll);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.observer?.disconnect();
  }

  private now(): number {
    return performance.now();
  }

  private targetAt(x: number, y: number): Element | null {
    const hit = document.elementFromPoint(x, y);
    const target = hit?.closest(targetSelector) ?? null;
    if (!target || target.matches(':disabled')) return null;
    // The layer's own ring never is a target; its scroll areas are.
    if (target.closest('[data-scan-ignore]') && !target.matches('[data-dwell-scroll]')) return null;
    return target;
  }

  private readonly onMove = (event: PointerEvent) => {
    this.pointer = { x: event.clientX, y: event.clientY };
    const rest = this.restingSince;
    if (rest) {
      if (Math.hypot(event.clientX - rest.x, event.clientY - rest.y) < moveToRearmPx) return;
      this.restingSince = null;
    }
    this.follow(this.targetAt(event.clientX, event.clientY));
  };

  private readonly onLeave = () => this.follow(null);

  private follow(target: Element | null): void {
    const before = this.state.target;
    const { state, fire } = updateDwell(this.state, target, this.now(), this.dwellMs);
    this.state = state;
    if (state.target !== before) {
      before?.removeAttribute('data-dwell');
      state.target?.setAttribute('data-dwell', 'filling');
      this.arm();
    }
    if (fire) this.fire(fire);
    this.drawRing();
  }

  private arm(): void {
    clearTimeout(this.timer);
    const { target, since, fired } = this.state;
    if (!target || fired || document.hidden) return;
    this.timer = setTimeout(this.onTimer, Math.max(0, since + this.dwellMs - this.now()));
  }

  private readonly onTimer = () => {
    const target = this.state.target;
    if (!target) return;
    const { state, fire } = updateDwell(this.state, target, this.now(), this.dwellMs);
    this.state = state;
    if (fire) this.fire(fire);
    else this.arm();
    this.drawRing();
  };

  private fire(target: Element): void {
    const scroll = (target as HTMLElement).dataset?.dwellScroll;
    if (scroll) {
      const header = pinnedHeader();
      const room = window.innerHeight - Math.max(0, header?.getBoundingClientRect().bottom ?? 0);
      window.scrollBy({ top: (scroll === 'up' ? -1 : 1) * Math.max(80, room * 0.6), behavior: 'instant' });
      // Resting on a scroll area keeps scrolling: it starts to fill again at once.
      this.state = { target, since: this.now(), fired: false };
      this.arm();
      return;
    }
    target.setAttribute('data-dwell', 'pressed');
    this.restingSince = { ...this.pointer };
    if (!target.isConnected || !(target instanceof HTMLElement)) return;
    if (target.matches('input:not([type=checkbox],[type=radio]), textarea, select')) target.focus();
    else {
      // The control pressed before is no longer held in place: the pointer has moved on.
      this.release?.();
      this.release = pressInPlace(target, () => target.click());
    }
  }

  private reset(): void {
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    this.state.target?.removeAttribute('data-dwell');
    this.state = idleDwell();
    this.drawRing();
  }

  private readonly onVisibility = () => {
    // Hidden, nothing fills; back on screen, the pointer must come to rest again.
    if (document.hidden) this.reset();
  };

  /** The ring at the pointer: fills while resting, full when pressed, gone elsewhere. */
  private drawRing(): void {
    cancelAnimationFrame(this.frame);
    const ring = this.elements.ring;
    const { target, since, fired } = this.state;
    if (!target) {
      ring.hidden = true;
      return;
    }
    ring.hidden = false;
    ring.style.left = `${this.pointer.x}px`;
    ring.style.top = `${this.pointer.y}px`;
    const progress = fired ? 1 : Math.min(1, (this.now() - since) / this.dwellMs);
    ring.style.setProperty('--dwell-progress', String(progress));
    ring.dataset.state = fired ? 'pressed' : 'filling';
    if (!fired) this.frame = requestAnimationFrame(() => this.drawRing());
  }

  private readonly onScroll = () => {
    cancelAnimationFrame(this.areasFrame);
    this.areasFrame = requestAnimationFrame(() => this.placeAreas());
  };

  /** Scroll areas only where there is more to see: under the pinned part, and at the bottom. */
  private placeAreas(): void {
    const { up, down } = this.elements;
    const scroller = document.scrollingElement ?? document.documentElement;
    const header = pinnedHeader();
    up.style.top = `${Math.max(0, header?.getBoundingClientRect().bottom ?? 0)}px`;
    up.hidden = scroller.scrollTop <= 0;
    down.hidden = scroller.scrollTop + window.innerHeight >= scroller.scrollHeight - 1;
    // An area that went away under the pointer stops filling.
    if ((up.hidden && this.state.target === up) || (down.hidden && this.state.target === down)) this.reset();
  }
}

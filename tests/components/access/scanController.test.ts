import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScanController } from '@/components/access/scanController';
import { dwellFor, startScan } from '@/lib/access/scanner';
import { defaultInputMode, type InputModeSettings } from '@/lib/settings/inputMode';

/** A view: two groups, a text field in a group, and two controls no view grouped. */
const view = `
  <nav data-scan-group="methods"><button>Stretch</button><button>Heat</button></nav>
  <main id="main">
    <section data-scan-group="search"><input type="search" aria-label="Find"><button>Go</button></section>
    <p><button>Loose one</button></p><a href="#x">Loose two</a>
  </main>`;

let stop: (() => void) | undefined;

/** Starts the controller over `view`, with the layer's highlight and back stop, as AccessLayer does. */
function startScanning(patch: Partial<InputModeSettings>) {
  document.body.innerHTML = `${view}
    <div class="access-layer" data-scan-ignore=""><div class="access-highlight" hidden></div>
    <button class="access-back" hidden tabindex="-1">Back</button></div>`;
  const highlight = document.querySelector<HTMLElement>('.access-highlight') as HTMLElement;
  const back = document.querySelector<HTMLButtonElement>('.access-back') as HTMLButtonElement;
  const settings = { ...defaultInputMode, offered: true, ...patch };
  stop = new ScanController(settings, { highlight, back }).start();
}

/** A switch (or key) press on whatever has focus, down and up, as a switch interface sends it. */
function press(key: string): KeyboardEvent {
  const target = document.activeElement ?? document.body;
  const down = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(down);
  target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }));
  return down;
}

/** What is marked as highlighted: each element's text (or label) and its level. */
const marked = () =>
  [...document.querySelectorAll<HTMLElement>('[data-scan-highlight]')].map(
    (element) =>
      `${element.dataset.scanGroup ?? element.getAttribute('aria-label') ?? element.textContent?.trim()}:${element.dataset.scanHighlight}`,
  );

afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('scan highlight', () => {
  it('marks an element at every step, the last group (controls no view grouped) by its members', () => {
    startScanning({ mode: 'two-switches' });
    const steps = [marked()];
    for (let i = 0; i < 3; i++) {
      press(' ');
      steps.push(marked());
    }
    expect(steps).toEqual([
      ['methods:group'],
      ['search:group'],
      ['Loose one:member', 'Loose two:member'],
      // Round again: the last group's marks are gone with it.
      ['methods:group'],
    ]);
    // And inside the last group, each item and the back stop are marked in turn.
    press(' ');
    press(' ');
    press('Enter');
    const inside = [marked()];
    for (let i = 0; i < 2; i++) {
      press(' ');
      inside.push(marked());
    }
    expect(inside).toEqual([['Loose one:item'], ['Loose two:item'], ['Back:back']]);
    expect(document.activeElement?.textContent).toBe('Back');
  });
});

describe('typing in a text field while scanning', () => {
  const field = () => document.querySelector<HTMLInputElement>('input[type=search]') as HTMLInputElement;
  const ring = () => document.querySelector<HTMLElement>('.access-highlight') as HTMLElement;
  /** Whether the highlight is drawn as typing (the double ring) and not stopped. */
  const typing = () => ring().dataset.typing === 'true';

  beforeEach(() => {
    // happy-dom lays nothing out: give every element a box, so the highlight is drawn.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 100, 200, 48));
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Two switches, from the first group to the field: move, select (the group), select (the field). */
  function typeInFieldByTwoSwitches() {
    startScanning({ mode: 'two-switches' });
    press(' ');
    expect(marked()).toEqual(['search:group']);
    press('Enter');
    expect(marked()).toEqual(['Find:item']);
    expect(typing()).toBe(false);
    press('Enter');
  }

  it('two switches: selecting the field starts typing, and Space goes to the field, not the highlight', () => {
    typeInFieldByTwoSwitches();
    expect(document.activeElement).toBe(field());
    expect(typing()).toBe(true);
    expect(ring().hidden).toBe(false);
    // Space (the move switch) is the field's: not taken by the scanner, the highlight stays.
    const space = press(' ');
    expect(space.defaultPrevented).toBe(false);
    expect(marked()).toEqual(['Find:item']);
    expect(typing()).toBe(true);
    // Any other key is the field's too.
    expect(press('a').defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(field());
  });

  it.each([
    ['the select key', 'Enter'],
    ['Escape', 'Escape'],
  ])('two switches: %s leaves typing, and scanning goes on from the field', (_name, key) => {
    typeInFieldByTwoSwitches();
    field().value = 'calf';
    expect(press(key).defaultPrevented).toBe(true);
    expect(typing()).toBe(false);
    expect(marked()).toEqual(['Find:item']);
    expect(field().value).toBe('calf');
    // The move switch moves again, from the field to the next item.
    expect(press(' ').defaultPrevented).toBe(true);
    expect(marked()).toEqual(['Go:item']);
    expect(document.activeElement?.textContent).toBe('Go');
  });

  it('one switch: the highlight waits on the field while typing, and moves on after select', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    const timing = { itemMs: 1000, firstItemExtraMs: 700, loops: 2 };
    startScanning({ mode: 'one-switch', ...timing });
    const first = dwellFor(startScan(null, timing), timing);
    expect(marked()).toEqual(['methods:group']);
    vi.advanceTimersByTime(first + 10);
    expect(marked()).toEqual(['search:group']);
    press('Enter');
    expect(marked()).toEqual(['Find:item']);
    press('Enter');
    expect(typing()).toBe(true);
    expect(ring().dataset.stopped).toBe('false');
    // Far longer than any loop: the highlight waits on the field.
    vi.advanceTimersByTime(20 * first);
    expect(marked()).toEqual(['Find:item']);
    expect(typing()).toBe(true);
    expect(press(' ').defaultPrevented).toBe(false);
    expect(press('Enter').defaultPrevented).toBe(true);
    expect(typing()).toBe(false);
    // The field gets a first item's full time again, then the highlight moves on.
    vi.advanceTimersByTime(first - 100);
    expect(marked()).toEqual(['Find:item']);
    vi.advanceTimersByTime(200);
    expect(marked()).toEqual(['Go:item']);
  });
});

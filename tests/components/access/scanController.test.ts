import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScanController } from '@/components/access/scanController';
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

import { describe, expect, it } from 'vitest';
import { idleDwell, pressCounts, updateDwell } from '@/lib/access/press';
import { advanceScan, selectScan, startScan, stepScan } from '@/lib/access/scanner';
import { readScanOrder } from '@/lib/access/scanOrder';

const timing = { itemMs: 1000, firstItemExtraMs: 700, loops: 2 };

describe('readScanOrder', () => {
  it('reads groups in document order with their own focusable items, skipping empty and hidden ones', () => {
    document.body.innerHTML = `
      <header><nav data-scan-group="methods"><button>A</button><button>B</button></nav></header>
      <nav data-scan-group="nav"><button>Home</button><button disabled>Off</button><a href="#x">Log</a></nav>
      <main>
        <section data-scan-group="main"><p>text</p><button>Go</button>
          <div data-scan-group="inner"><input type="checkbox"><select><option>1</option></select></div>
        </section>
        <section data-scan-group="empty"><p>nothing</p></section>
        <section data-scan-group="hidden" hidden><button>hidden</button></section>
      </main>`;
    const order = readScanOrder(document);
    expect(order.map((g) => g.name)).toEqual(['methods', 'nav', 'main', 'inner']);
    expect(order.map((g) => g.items.map((i) => i.textContent || i.tagName))).toEqual([
      ['A', 'B'],
      ['Home', 'Log'],
      ['Go'],
      ['INPUT', '1'],
    ]);
  });
});

describe('step scanning (two switches)', () => {
  const shape = [4, 7, 1];
  it('moves through groups, enters one, reaches its items and a back stop, and goes back up', () => {
    let state = startScan(null);
    state = stepScan(state, shape, null);
    expect(state).toMatchObject({ level: 'groups', group: 1 });
    const entered = selectScan(state, shape, null);
    expect(entered.action).toEqual({ kind: 'enter', group: 1 });
    state = entered.state;
    for (let i = 0; i < 7; i++) state = stepScan(state, shape, null);
    expect(state).toMatchObject({ level: 'items', index: 7 }); // the back stop
    const back = selectScan(state, shape, null);
    expect(back.action).toEqual({ kind: 'back' });
    expect(back.state).toMatchObject({ level: 'groups', group: 1 });
    expect(back.state.nextAt).toBeNull();
  });
  it('activates an item, and a group with one control at once', () => {
    let state = selectScan(startScan(null), shape, null).state;
    state = stepScan(state, shape, null);
    expect(selectScan(state, shape, null).action).toEqual({ kind: 'activate', group: 0, item: 1 });
    const single = { level: 'groups', group: 2, index: 2, loops: 0, nextAt: null } as const;
    expect(selectScan(single, shape, null).action).toEqual({ kind: 'activate', group: 2, item: 0 });
  });
  it('wraps round without ever stopping', () => {
    let state = startScan(null);
    for (let i = 0; i < 30; i++) state = stepScan(state, shape, null);
    expect(state.group).toBe(30 % 3);
    expect(state.nextAt).toBeNull();
  });
});

describe('auto-scanning (one switch) on a fake clock', () => {
  const shape = [3, 2];
  it('waits the extra first-item time, then one item time per stop', () => {
    const state = startScan(0, timing);
    expect(state.nextAt).toBe(1700);
    expect(advanceScan(state, shape, 1699, timing).index).toBe(0);
    const moved = advanceScan(state, shape, 1700, timing);
    expect(moved).toMatchObject({ index: 1, nextAt: 2700 });
  });
  it('after two loops in a group goes back up to the groups, from deadlines not from ticks', () => {
    let state = selectScan(startScan(0, timing), shape, 100, timing).state; // into group 0 (3 items + back)
    expect(state).toMatchObject({ level: 'items', nextAt: 1800 });
    // One loop: 1700 + 3 × 1000 = 4700 ms; two loops 9400 ms.
    state = advanceScan(state, shape, 100 + 9399, timing);
    expect(state.level).toBe('items');
    state = advanceScan(state, shape, 100 + 9400, timing);
    expect(state).toMatchObject({ level: 'groups', group: 0, loops: 0, nextAt: 9500 + 1700 });
  });
  it('stops after two loops at the top until pressed, then resumes from the first group', () => {
    // Groups: 2 stops; loop = 1700 + 1000 = 2700 ms; two loops = 5400 ms.
    let state = advanceScan(startScan(0, timing), shape, 5399, timing);
    expect(state.nextAt).not.toBeNull();
    state = advanceScan(state, shape, 100_000, timing);
    expect(state.nextAt).toBeNull();
    const pressed = selectScan(state, shape, 100_000, timing);
    expect(pressed.action).toEqual({ kind: 'resume' });
    expect(pressed.state).toMatchObject({ level: 'groups', group: 0, nextAt: 101_700 });
  });
  it('with nothing to scan, looks again once per item time instead of spinning', () => {
    const state = advanceScan(startScan(0, timing), [], 10_000, timing);
    expect(state).toMatchObject({ level: 'groups', group: 0, index: 0 });
    expect(state.nextAt).toBe(10_700);
  });
  it('follows changed timings', () => {
    const fast = { itemMs: 500, firstItemExtraMs: 0, loops: 1 };
    const state = advanceScan(startScan(0, fast), [2, 2], 500, fast);
    expect(state).toMatchObject({ group: 1, nextAt: 1000 });
  });
});

describe('debounce', () => {
  it.each([
    [0, 0, 0, true],
    [0, 10, 100, false],
    [0, 100, 100, true],
    [50, 600, 500, true],
  ])('press from %i to %i with debounce %i counts: %s', (down, up, debounce, counts) => {
    expect(pressCounts(down, up, debounce)).toBe(counts);
  });
});

describe('dwell', () => {
  it('fills the ring, fires once at the dwell time, and must leave before firing again', () => {
    let r = updateDwell(idleDwell<string>(), 'a', 0, 1000);
    expect(r.progress).toBe(0);
    r = updateDwell(r.state, 'a', 500, 1000);
    expect(r).toMatchObject({ progress: 0.5, fire: null });
    r = updateDwell(r.state, 'a', 1000, 1000);
    expect(r.fire).toBe('a');
    r = updateDwell(r.state, 'a', 5000, 1000);
    expect(r.fire).toBeNull();
    r = updateDwell(r.state, null, 5100, 1000);
    r = updateDwell(r.state, 'a', 5200, 1000);
    r = updateDwell(r.state, 'a', 6199, 1000);
    expect(r.fire).toBeNull();
    r = updateDwell(r.state, 'a', 6200, 1000);
    expect(r.fire).toBe('a');
  });
  it('resets when the pointer moves to another target', () => {
    let r = updateDwell(idleDwell<string>(), 'a', 0, 1000);
    r = updateDwell(r.state, 'a', 900, 1000);
    r = updateDwell(r.state, 'b', 950, 1000);
    expect(r.progress).toBe(0);
    r = updateDwell(r.state, 'b', 1900, 1000);
    expect(r.fire).toBeNull();
    expect(updateDwell(r.state, 'b', 1950, 1000).fire).toBe('b');
  });
});

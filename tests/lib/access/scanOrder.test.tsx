import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { CrampWhere } from '@/components/cramp/CrampWhere';
import { App } from '@/components/panel/App';
import { readScanGroups, readScanOrder, restGroupName, scrollDeltaToShow } from '@/lib/access/scanOrder';
import { firstPlaces } from '@/lib/cramp/recent';
import { currentView } from '@/lib/navigation';

const names = (root: ParentNode & Node) => readScanGroups(root).map((group) => group.name);

describe('scan groups', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('makes a control that carries data-scan-group a group of one, not an item of the group around it', () => {
    document.body.innerHTML = `
      <div data-scan-group="actions"><button data-scan-group="now">Now</button><button>Log</button></div>`;
    const order = readScanOrder(document);
    expect(order.map((g) => [g.name, g.items.map((i) => i.textContent)])).toEqual([
      ['actions', ['Log']],
      ['now', ['Now']],
    ]);
  });

  it('puts a group marked data-scan-first before all others while it is shown', () => {
    document.body.innerHTML = `
      <nav data-scan-group="methods"><button>Compression</button></nav>
      <div data-scan-group="main-action"><button data-scan-group="alert" data-scan-first>Acknowledge</button>
      <button>Pause</button></div>`;
    expect(names(document.body)).toEqual(['alert', 'methods', 'main-action']);
    document.querySelector('[data-scan-first]')?.remove();
    expect(names(document.body)).toEqual(['methods', 'main-action']);
  });

  it('puts the controls no view grouped in a last group, so none is out of reach', () => {
    document.body.innerHTML = `
      <nav data-scan-group="nav"><button>Home</button></nav>
      <main><p><a href="#a">loose link</a></p><button disabled>off</button></main>
      <div data-scan-ignore><button>layer</button></div>`;
    const groups = readScanGroups(document.body);
    expect(groups.map((g) => g.name)).toEqual(['nav', restGroupName]);
    expect(groups[1]?.items.map((i) => i.textContent)).toEqual(['loose link']);
  });

  it.each([
    ['already in view', { top: 400, bottom: 460 }, 0],
    ['below the view', { top: 700, bottom: 760 }, 60],
    ['under the pinned part', { top: 100, bottom: 160 }, -200],
    ['taller than the room: its top is shown', { top: 400, bottom: 1400 }, 100],
  ])('scrolls a target %s fully into the room below what is pinned', (_name, target, delta) => {
    expect(scrollDeltaToShow(target, { top: 300, bottom: 700 })).toBe(delta);
  });
});

describe('the scan order of the views, from their data-scan-group attributes', () => {
  let root: HTMLElement | undefined;
  afterEach(() => {
    if (root) act(() => render(null, root as HTMLElement));
    root?.remove();
    root = undefined;
  });

  it('home: the pinned methods, Cramp now, Log a cramp, the menu, then the main action', () => {
    currentView.value = { name: 'home' };
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<App />, root as HTMLElement));
    const groups = readScanGroups(document.body);
    expect(groups.slice(0, 5).map((g) => [g.name, g.items.length])).toEqual([
      ['methods', 4],
      ['cramp-now', 1],
      ['log-cramp', 1],
      ['menu', 1],
      ['main-action', 1],
    ]);
  });

  it('cramp now, where: the first places, then each body area', () => {
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<CrampWhere first={firstPlaces([])} onPick={() => undefined} />, root as HTMLElement));
    expect(names(root)).toEqual([
      'first-places',
      'area-legs',
      'area-trunk',
      'area-head',
      'area-shoulders',
      'area-arms',
    ]);
    expect(readScanOrder(root)[0]?.items[0]?.getAttribute('data-group')).toBe('calf');
  });
});

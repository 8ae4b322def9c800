import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FinderView } from '@/components/finder/FinderView';
import { MuscleCard } from '@/components/finder/MuscleCard';
import { currentView } from '@/lib/navigation';

describe('FinderView', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    act(() => render(null, root));
    root.remove();
    vi.useRealTimers();
  });

  const show = (props: { query?: string; groupId?: string } = {}) =>
    act(() => render(<FinderView {...props} />, root));
  const type = (text: string) =>
    act(() => {
      const input = root.querySelector<HTMLInputElement>('#finder-query');
      if (!input) throw new Error('no search box');
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const card = () => root.querySelector('.muscle-card');

  it('shows the body map and no card before anything is typed', () => {
    show();
    expect(card()).toBeNull();
    expect(root.querySelectorAll('.body-map-region[role="button"]').length).toBeGreaterThan(40);
  });

  it('shows the card for a lay term as it is typed, safety first', () => {
    show();
    type('left calf');
    expect(card()?.getAttribute('data-group')).toBe('calf');
    const headings = [...(card()?.querySelectorAll('h4') ?? [])].map((h) => h.textContent);
    expect(headings[0]).toBe('Safety first');
    expect(headings).toEqual(
      expect.arrayContaining([
        'Where it is',
        'The opposite muscle',
        'How to activate the opposite muscle',
        'Guided hold',
        'Gentle stretch',
      ]),
    );
    expect(card()?.querySelector('[data-flag="clot"]')).not.toBeNull();
    expect(card()?.querySelector('[aria-pressed="true"]')?.textContent).toBe('Left');
    expect(root.querySelector('.body-map')).toBeNull();
  });

  it('says what it read, in the words as typed, above the card', () => {
    show();
    type('cramp in the BACK of my thigh');
    expect(card()?.getAttribute('data-group')).toBe('hamstrings');
    expect(root.querySelector('[data-read-as]')?.textContent).toBe(
      'You wrote “BACK of my thigh”, read as: Hamstrings (back of thigh).',
    );
    type('thigh');
    expect(root.querySelector('[data-read-as]')).toBeNull();
  });

  it('offers choices and the map for an ambiguous query, never a dead end', () => {
    show({ query: 'thigh' });
    expect(card()).toBeNull();
    const choices = [...root.querySelectorAll('.finder-choices button')].map((b) =>
      b.getAttribute('data-group'),
    );
    expect(choices).toEqual(expect.arrayContaining(['quadriceps', 'hamstrings', 'inner_thigh']));
    expect(root.querySelector('.body-map')).not.toBeNull();
    act(() => root.querySelector<HTMLButtonElement>('.finder-choices [data-group="hamstrings"]')?.click());
    expect(card()?.getAttribute('data-group')).toBe('hamstrings');
  });

  it('puts the emergency message first and shows no chest card', () => {
    show({ query: 'chest pain and short of breath' });
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('emergency');
    expect(card()).toBeNull();
  });

  it('raises the spinal emergency for a back spasm with saddle numbness, then the lower-back card', () => {
    show({ query: 'back spasm and numbness between my legs' });
    const alert = root.querySelector('[role="alert"][data-notice="spinal-emergency"]');
    expect(alert?.textContent).toContain('Get emergency care now');
    expect(alert?.textContent).toContain('cauda equina');
    expect(card()?.getAttribute('data-group')).toBe('lower_back');
    expect(card()?.querySelector('[data-flag="spinal"]')).not.toBeNull();
  });

  it('tells that twitching is not a cramp, above the place', () => {
    show({ query: 'calf twitching' });
    expect(root.querySelector('[data-notice="twitching"]')?.textContent).toContain('not a cramp');
    expect(card()?.getAttribute('data-group')).toBe('calf');
  });

  it('shows the belly warning on the abdominals card', () => {
    show({ query: 'stomach cramp' });
    expect(card()?.querySelector('[data-flag="belly"]')?.textContent).toContain('call a doctor');
  });

  it('explains out-of-scope queries kindly and still offers the map', () => {
    show({ query: 'period cramps' });
    expect(root.querySelector('[data-notice="out-of-scope"]')).not.toBeNull();
    expect(root.querySelector('.body-map')).not.toBeNull();
  });

  it('says "no match" clearly for absurd input and shows the map', () => {
    show({ query: `<img src=x onerror=alert(1)> ${'z'.repeat(10_000)}` });
    expect(root.querySelector('[data-notice="no-match"]')?.textContent).toContain('No muscle matches');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.body-map')).not.toBeNull();
  });

  it('picks a region by keyboard: Enter on a map region opens its card with the side', () => {
    show();
    const region = root.querySelector<SVGElement>(
      '.body-map-region[data-group="hamstrings"][data-side="right"]',
    );
    expect(region?.getAttribute('aria-label')).toBe('Hamstrings (back of thigh), right side');
    expect(region?.getAttribute('tabindex')).toBe('0');
    act(() => {
      region?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(card()?.getAttribute('data-group')).toBe('hamstrings');
    expect(card()?.querySelector('[aria-pressed="true"]')?.textContent).toBe('Right');
    expect(document.activeElement).toBe(card()?.querySelector('h3'));
  });

  it('opens a group directly from groupId, and the log with the place prefilled', () => {
    show({ groupId: 'quadriceps' });
    act(() => card()?.querySelector<HTMLButtonElement>('[aria-pressed="false"]')?.click()); // Left
    const log = [...(card()?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent === 'Log this cramp',
    );
    act(() => log?.click());
    expect(currentView.value).toEqual({ name: 'log', prefill: { groupId: 'quadriceps', side: 'left' } });
  });

  it('shows only safety guidance for the ribcage', () => {
    act(() => render(<MuscleCard id="ribcage" />, root));
    expect(card()?.textContent).toContain('no safe way');
    expect(card()?.textContent).not.toContain('How to activate');
    expect(card()?.querySelector('.guided-hold')).toBeNull();
  });
});

describe('guided hold', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    act(() => render(null, root));
    root.remove();
    vi.useRealTimers();
  });

  it('counts down visibly and announces only start, rest and done', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    act(() => render(<MuscleCard id="calf" />, root));
    const hold = root.querySelector('.guided-hold');
    const status = () => hold?.querySelector('[role="status"]')?.textContent;
    act(() => [...(hold?.querySelectorAll('button') ?? [])].find((b) => b.textContent === '5 s')?.click());
    act(() =>
      [...(hold?.querySelectorAll('button') ?? [])].find((b) => b.textContent === '2 times')?.click(),
    );
    act(() => hold?.querySelector<HTMLButtonElement>('button.primary')?.click());
    expect(status()).toBe('Push gently now: hold 1 of 2.');
    expect(hold?.querySelector('.guided-hold-seconds [aria-hidden]')?.textContent).toBe('5');
    const announcements = new Set<string>();
    for (let step = 0; step < 80; step++) {
      await act(async () => {
        vi.advanceTimersByTime(200);
      });
      announcements.add(status() ?? '');
      if (step === 9)
        expect(hold?.querySelector('.guided-hold-seconds [aria-hidden]')?.textContent).toBe('3');
    }
    expect([...announcements]).toEqual([
      'Push gently now: hold 1 of 2.',
      'Rest. Let the muscles relax.',
      'Push gently now: hold 2 of 2.',
      'Done. Breathe and rest.',
    ]);
  });
});

describe('reciprocal inhibition detail', () => {
  it('links to the finder with a big button, only for reciprocal inhibition', async () => {
    const { TechniqueDetail } = await import('@/components/techniques/TechniqueDetail');
    const root = document.createElement('div');
    document.body.append(root);
    const findButton = () =>
      [...root.querySelectorAll('button')].find((b) => b.textContent === 'Find the opposite muscle');
    act(() => render(<TechniqueDetail id="compression" />, root));
    expect(findButton()).toBeUndefined();
    act(() => render(<TechniqueDetail id="reciprocal" />, root));
    expect(findButton()?.classList.contains('big')).toBe(true);
    act(() => findButton()?.click());
    expect(currentView.value).toEqual({ name: 'finder' });
    act(() => render(null, root));
    root.remove();
  });
});

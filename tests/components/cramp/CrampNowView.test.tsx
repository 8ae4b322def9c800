import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CrampNowView } from '@/components/cramp/CrampNowView';
import { crampNowSettingsStorage } from '@/lib/cramp/way';
import { t } from '@/lib/i18n';
import { getLogStore } from '@/lib/log/panelStore';
import { muscleGroups } from '@/lib/muscles/data';

describe('CrampNowView', () => {
  let root: HTMLElement;
  const settle = async () => {
    for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  };
  const buttons = () => [...root.querySelectorAll('button')];
  // The choice groups' tick is aria-hidden: not part of the name.
  const nameOf = (b: HTMLElement) => (b.textContent ?? '').replace(/^✓\s*/, '').trim();
  const button = (text: string | RegExp) => {
    const found = buttons().find((b) =>
      typeof text === 'string' ? nameOf(b) === text : text.test(nameOf(b)),
    );
    if (!found) throw new Error(`No button ${text}`);
    return found;
  };
  const click = async (text: string | RegExp) => {
    await act(() => button(text).click());
    await settle();
  };
  const instruction = () => root.querySelector('#cramp-instruction');

  beforeEach(async () => {
    await (await getLogStore()).deleteAll();
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<CrampNowView />, root));
    await settle();
  });
  afterEach(() => {
    act(() => render(null, root));
    root.remove();
    vi.useRealTimers();
  });

  it('offers the common places first while the log is empty, the first one focused', () => {
    const first = [...root.querySelectorAll('.cramp-first-places button')].map((b) =>
      b.getAttribute('data-group'),
    );
    expect(first).toEqual(['calf', 'foot_sole', 'hamstrings', 'hand_intrinsics']);
    expect(document.activeElement?.getAttribute('data-group')).toBe('calf');
    // Every place is offered below.
    expect(root.querySelectorAll('.cramp-area button').length).toBe(Object.keys(muscleGroups).length);
  });

  it('shows one screen for the place: safety first, the default way, Start focused and described', async () => {
    await click('Calf (back of lower leg)');
    const order = [...root.querySelectorAll('.cramp-do > *')].map((e) => e.className.split(' ')[0]);
    expect(order.indexOf('cramp-safety')).toBeLessThan(order.indexOf('cramp-instruction'));
    expect(root.querySelector('[data-flag="clot"]')).not.toBeNull();
    expect(instruction()?.textContent).toBe(t('finder_calf_seated'));
    expect(root.querySelector('.cramp-ways .choice-hint')?.textContent).toBe(t('crampNowWayHint'));
    const focused = document.activeElement as HTMLElement;
    expect(focused.textContent).toMatch(/^Start: push 7 s, 3 times/);
    expect(focused.getAttribute('aria-describedby')).toBe('cramp-instruction');
  });

  it('remembers the way chosen, and shows it next time', async () => {
    await click('Calf (back of lower leg)');
    await click('Caregiver');
    expect(instruction()?.textContent).toBe(t('finder_calf_caregiver'));
    await vi.waitFor(async () =>
      expect(await crampNowSettingsStorage.getValue()).toEqual({ way: 'caregiver' }),
    );
    act(() => render(null, root));
    act(() => render(<CrampNowView />, root));
    await settle();
    await click('Hamstrings (back of thigh)');
    expect(instruction()?.textContent).toBe(t('finder_hamstrings_caregiver'));
    expect(root.querySelector('.cramp-ways .choice-hint')).toBeNull();
  });

  it('saves the entry when asked "Did it help?", and Undo takes it out', async () => {
    await click('Calf (back of lower leg)');
    await click('Left');
    await click(/^Start: push/);
    expect(root.querySelector('.cramp-count')).not.toBeNull();
    expect(document.activeElement?.textContent).toBe('It has eased: stop');
    await click('It has eased: stop');
    expect(document.activeElement?.textContent).toBe('Better');
    await click('Better');
    const saved = root.querySelector('.cramp-saved');
    expect(saved?.textContent).toContain('Saved in your log: Calf (back of lower leg), left side');
    expect(document.activeElement).toBe(saved);
    const store = await getLogStore();
    const { entries } = await store.page(0, 10);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      place: 'calf',
      side: 'left',
      tried: ['reciprocal'],
      helped: 'better',
    });
    await click('Undo');
    expect((await store.page(0, 10)).entries).toHaveLength(0);
    expect(root.textContent).toContain(t('crampNowUndone'));
    expect(document.activeElement?.textContent).toBe('Better');
  });

  it('offers the last places first once the log has them', async () => {
    const store = await getLogStore();
    await store.add({ place: 'jaw', at: Date.now() - 1000 });
    await store.add({ place: 'calf', side: 'right', at: Date.now() });
    act(() => render(null, root));
    act(() => render(<CrampNowView />, root));
    await settle();
    expect(root.querySelector('#cramp-first-title')?.textContent).toBe('Recent places');
    const first = [...root.querySelectorAll('.cramp-first-places button')].map((b) => b.textContent);
    expect(first).toEqual(['Calf (back of lower leg), right side', 'Jaw, cheek and temple']);
  });

  it('has no hold for the ribcage: its safety guidance only', async () => {
    await click('Ribs and side of the chest');
    expect(root.querySelector('.cramp-start')).toBeNull();
    expect(instruction()?.textContent).toBe(t('finderRibcageGuidance'));
  });
});

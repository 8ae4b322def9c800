import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FinderNotices } from '@/components/finder/FinderNotices';
import { MuscleCard } from '@/components/finder/MuscleCard';
import { AboutView } from '@/components/panel/AboutView';
import { TechniqueDetail } from '@/components/techniques/TechniqueDetail';
import { TimerCautions } from '@/components/timer/TimerCautions';
import { TimerSafety } from '@/components/timer/TimerSafety';
import { sources } from '@/lib/content/sources';
import { generalRules, muscleGroups, safetyFlags } from '@/lib/muscles/data';
import { findMuscleGroups } from '@/lib/muscles/finder/find';
import { muscleGroupIds } from '@/lib/muscles/ids';
import { clinicianAdvice, techniqueIds, techniques } from '@/lib/techniques/data';

// Issue 13, item 5: the sentences a person follows carry no citation (a screen reader reads the steps
// alone), and every source behind them is one click away in the card's Sources disclosure.
describe('Sources disclosures', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    act(() => render(null, root));
    root.remove();
  });

  /** The ids each disclosure lists, and the text outside every disclosure. */
  const read = () => {
    const listed = [...root.querySelectorAll('details.sources li')].flatMap((li) =>
      (li.getAttribute('data-sources') ?? '').split(' '),
    );
    const clone = root.cloneNode(true) as HTMLElement;
    for (const details of clone.querySelectorAll('details')) details.remove();
    return { listed: new Set(listed), outside: clone.textContent ?? '' };
  };

  it.each(techniqueIds)('%s: steps without citations, every source in a disclosure', (id) => {
    for (const version of ['self', 'caregiver'] as const) {
      act(() => render(<TechniqueDetail id={id} version={version} />, root));
      const technique = techniques[id];
      const steps = version === 'caregiver' ? technique.caregiverSteps : technique.selfSteps;
      const expected = [
        ...technique.intro,
        ...steps,
        ...technique.cautions,
        ...technique.clinician.map((advice) => clinicianAdvice[advice]),
      ].flatMap((text) => text.sources);
      const { listed, outside } = read();
      expect(outside).not.toMatch(/Sources:|\bS\d+\b/);
      expect(listed).toEqual(new Set(expected));
      for (const summary of root.querySelectorAll('details.sources summary'))
        expect(summary.textContent).toBe('Sources');
    }
  });

  it.each(muscleGroupIds)('%s card: facts without citations, every source in its disclosure', (id) => {
    act(() => render(<MuscleCard id={id} />, root));
    const group = muscleGroups[id];
    const expected = [
      ...group.safety.flatMap((flag) => safetyFlags[flag].sources),
      ...group.where.sources,
      ...(group.activation
        ? [
            group.opposite,
            generalRules.intro,
            group.activation.selfSeated,
            group.activation.selfLying,
            group.activation.caregiver,
            generalRules.caregiver,
            generalRules.stop,
            group.stretch,
          ].flatMap((fact) => fact.sources)
        : generalRules.ribcage.sources),
    ];
    const { listed, outside } = read();
    expect(outside).not.toMatch(/Sources:|\bS\d+\b/);
    expect(listed).toEqual(new Set(expected));
    expect(root.querySelectorAll('details.sources')).toHaveLength(1);
  });

  it.each([
    ['the timer cautions', () => <TimerCautions />],
    ['the timer safety list', () => <TimerSafety />],
    ['Safety and sources, above its source list', () => <AboutView />],
  ])('%s: no citation after a sentence, the sources in disclosures', (_name, view) => {
    act(() => render(view(), root));
    root.querySelector('ol.sources')?.remove();
    const { listed, outside } = read();
    expect(outside).not.toMatch(/Sources:|\bS\d+\b/);
    expect(listed.size).toBeGreaterThan(0);
  });

  it('an emergency notice reads its warning without citations, and keeps them one click away', () => {
    const result = findMuscleGroups('sudden weakness of one side of my face and arm');
    expect(result.emergency).toBe(true);
    act(() => render(<FinderNotices result={result} query="" showNoMatch={false} />, root));
    const alert = root.querySelector('[role="alert"][data-notice="emergency"]');
    const { listed, outside } = read();
    expect(alert?.textContent).toContain('emergency');
    expect(outside).not.toMatch(/Sources:|\bS\d+\b/);
    expect([...listed]).toEqual(expect.arrayContaining(['S37', 'S84']));
  });

  it('names each sentence by its first words, with its ids and full citations', () => {
    act(() => render(<TechniqueDetail id="reciprocal" />, root));
    const first = root.querySelector('details.sources li');
    const ids = (first?.getAttribute('data-sources') ?? '').split(' ') as (keyof typeof sources)[];
    expect(first?.querySelector('q')?.textContent).toMatch(/^\S+( \S+){0,5}…?$/);
    for (const id of ids) {
      expect(first?.textContent).toContain(id);
      expect(first?.textContent).toContain(sources[id]);
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BodyMapRegion,
  bodyMapRegions,
  type MapDirection,
  regionInDirection,
} from '@/lib/muscles/bodyMap';

const region = (id: string, view: 'front' | 'back', side?: 'left' | 'right') => {
  const found = bodyMapRegions.find((r) => r.id === id && r.view === view && r.side === side);
  if (!found) throw new Error(`no region ${id} ${view} ${side}`);
  return found;
};
const move = (from: BodyMapRegion, direction: MapDirection) => {
  const to = regionInDirection(bodyMapRegions, from, direction);
  return to && `${to.id}${to.side ? `:${to.side}` : ''}`;
};

describe('regionInDirection (arrow keys on the body map)', () => {
  it('moves down a leg and stays on that leg', () => {
    expect(['shin:right', 'outer_lower_leg:right']).toContain(
      move(region('quadriceps', 'front', 'right'), 'down'),
    );
    expect(move(region('shin', 'front', 'left'), 'down')).toBe('toe_extensors:left');
    expect(move(region('hamstrings', 'back', 'left'), 'down')).toBe('calf:left');
    expect(move(region('calf', 'back', 'right'), 'up')).toBe('hamstrings:right');
  });

  it('moves across the midline to the same place on the other side', () => {
    // Front view: the person's right is on the viewer's left, so ArrowRight goes to their left.
    expect(move(region('chest_pec', 'front', 'right'), 'right')).toBe('chest_pec:left');
    expect(move(region('glutes', 'back', 'right'), 'left')).toBe('glutes:left');
  });

  it('stops at the edge of the figure', () => {
    expect(move(region('jaw', 'front'), 'up')).toBeUndefined();
    expect(move(region('foot_sole', 'back', 'left'), 'down')).toBeUndefined();
  });

  it('always lands on another region of the same view, in the pressed direction', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...bodyMapRegions),
        fc.constantFrom<MapDirection>('up', 'down', 'left', 'right'),
        (from, direction) => {
          const to = regionInDirection(bodyMapRegions, from, direction);
          if (!to) return;
          expect(to).not.toBe(from);
          expect(to.view).toBe(from.view);
          const step = {
            up: from.cy - to.cy,
            down: to.cy - from.cy,
            left: from.cx - to.cx,
            right: to.cx - from.cx,
          };
          expect(step[direction]).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('reaches every region of a view from any other by arrow keys alone', () => {
    for (const view of ['front', 'back'] as const) {
      const regions = bodyMapRegions.filter((r) => r.view === view);
      const seen = new Set([regions[0]]);
      const queue = [regions[0]];
      while (queue.length) {
        const from = queue.shift() as BodyMapRegion;
        for (const direction of ['up', 'down', 'left', 'right'] as const) {
          const to = regionInDirection(bodyMapRegions, from, direction);
          if (to && !seen.has(to)) {
            seen.add(to);
            queue.push(to);
          }
        }
      }
      expect(regions.filter((r) => !seen.has(r)).map((r) => `${r.id}:${r.side}`)).toEqual([]);
    }
  });
});

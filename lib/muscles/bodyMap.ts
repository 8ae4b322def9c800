import type { MuscleGroupId } from './ids';

/**
 * Regions of the body map (front and back views, viewBox 0 0 200 430). `offset` is the distance from
 * the midline: on the front view the person's right is on the viewer's left, on the back view it is
 * on the viewer's right, as when facing someone and then standing behind them.
 */
export interface BodyMapRegion {
  id: MuscleGroupId;
  view: 'front' | 'back';
  /** Undefined for midline regions (jaw, belly, upper and lower back). */
  side?: 'left' | 'right';
  cx: number;
  cy: number;
  rx: number;
  ry: number;
}

type Spot = [id: MuscleGroupId, offset: number, cy: number, rx: number, ry: number];

const frontSpots: readonly Spot[] = [
  ['jaw', 0, 44, 12, 7],
  ['neck_scm', 6, 62, 5, 8],
  ['shoulder_deltoid', 46, 82, 12, 11],
  ['chest_pec', 19, 94, 16, 11],
  ['ribcage', 28, 124, 10, 12],
  ['abdominals', 0, 150, 16, 22],
  ['biceps', 51, 112, 9, 20],
  ['forearm_flexors', 56, 180, 9, 24],
  ['thumb', 66, 216, 5, 7],
  ['hand_intrinsics', 55, 228, 9, 11],
  ['hip_flexors', 20, 196, 12, 9],
  ['outer_hip', 34, 204, 6, 12],
  ['inner_thigh', 8, 232, 6, 20],
  ['quadriceps', 23, 252, 9, 32],
  ['shin', 16, 340, 6, 34],
  ['outer_lower_leg', 26, 336, 4, 26],
  ['toe_extensors', 18, 402, 12, 7],
];

const backSpots: readonly Spot[] = [
  ['upper_trap', 18, 68, 16, 8],
  ['rotator_cuff', 28, 98, 10, 10],
  ['upper_back', 0, 104, 7, 16],
  ['lats', 28, 136, 10, 16],
  ['lower_back', 0, 166, 20, 12],
  ['triceps', 51, 112, 9, 20],
  ['forearm_extensors', 56, 180, 9, 24],
  ['glutes', 18, 200, 16, 14],
  ['hamstrings', 18, 258, 12, 34],
  ['calf', 18, 336, 10, 30],
  ['foot_sole', 18, 404, 12, 8],
];

function place(view: 'front' | 'back', spots: readonly Spot[]): BodyMapRegion[] {
  return spots.flatMap(([id, offset, cy, rx, ry]) => {
    if (offset === 0) return [{ id, view, cx: 100, cy, rx, ry }];
    // Front: the person's right is on the viewer's left. Back: on the viewer's right.
    const rightX = view === 'front' ? 100 - offset : 100 + offset;
    const leftX = 200 - rightX;
    return [
      { id, view, side: 'right' as const, cx: rightX, cy, rx, ry },
      { id, view, side: 'left' as const, cx: leftX, cy, rx, ry },
    ];
  });
}

/** Every region of both views, front first. */
export const bodyMapRegions: readonly BodyMapRegion[] = [
  ...place('front', frontSpots),
  ...place('back', backSpots),
];

/** An arrow key's direction on the map. */
export type MapDirection = 'up' | 'down' | 'left' | 'right';

/**
 * The region an arrow key moves to from `from`: the nearest centre lying in that direction (within
 * 60° either side of it), on the same view. Undefined at the edge of the figure, so focus stays put.
 * Vertical moves weigh sideways distance double, so Down from the shin lands on the same leg's foot.
 */
export function regionInDirection(
  regions: readonly BodyMapRegion[],
  from: BodyMapRegion,
  direction: MapDirection,
): BodyMapRegion | undefined {
  const unit: Record<MapDirection, readonly [number, number]> = {
    up: [0, -1],
    down: [0, 1],
    left: [-1, 0],
    right: [1, 0],
  };
  const [ux, uy] = unit[direction];
  let best: BodyMapRegion | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const region of regions) {
    if (region === from || region.view !== from.view) continue;
    const dx = region.cx - from.cx;
    const dy = region.cy - from.cy;
    const along = dx * ux + dy * uy;
    const across = Math.abs(dx * uy - dy * ux);
    // Ahead, and within 60° of the direction: tan(60°) ≈ 1.73.
    if (along <= 0 || across > along * 1.73) continue;
    const score = along + across * 2;
    if (score < bestScore) {
      best = region;
      bestScore = score;
    }
  }
  return best;
}

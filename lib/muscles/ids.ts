import type { MessageKey } from '@/lib/i18n';

/**
 * The muscle groups the product knows, by stable id (a public contract: the log and its backups store
 * these ids).
 */
export const muscleGroupIds = [
  'calf',
  'shin',
  'foot_sole',
  'toe_extensors',
  'outer_lower_leg',
  'hamstrings',
  'quadriceps',
  'inner_thigh',
  'outer_hip',
  'hip_flexors',
  'glutes',
  'abdominals',
  'lower_back',
  'neck_scm',
  'upper_trap',
  'upper_back',
  'jaw',
  'biceps',
  'triceps',
  'forearm_flexors',
  'forearm_extensors',
  'thumb',
  'hand_intrinsics',
  'shoulder_deltoid',
  'chest_pec',
  'lats',
  'rotator_cuff',
  'ribcage',
] as const;
export type MuscleGroupId = (typeof muscleGroupIds)[number];

/** Which side of the body a cramp is on, for groups that have sides. */
export type BodySide = 'left' | 'right' | 'both';

/** True for a string that is one of our group ids (for data read from storage or an import). */
export function isMuscleGroupId(value: unknown): value is MuscleGroupId {
  return typeof value === 'string' && (muscleGroupIds as readonly string[]).includes(value);
}

/** The message key of a group's short plain-language name, e.g. "Calf (back of lower leg)". */
export function muscleGroupNameKey(id: MuscleGroupId): MessageKey {
  return `muscle_${id}_name` as MessageKey;
}

import type { MessageKey } from '@/lib/i18n';
import type { TechniqueId } from './data';

/** The two answers of the quick picker. */
export interface PickerAnswers {
  /** Someone is there who can press, hold or resist for the person. */
  helper: boolean;
  /** The person can say which muscle is cramping. */
  muscleKnown: boolean;
}

/** One line of the picker's suggestion. */
export interface Suggestion {
  technique: TechniqueId;
  version: 'self' | 'caregiver';
  reasonKey: MessageKey;
}

/**
 * Orders the four methods for someone mid-cramp.
 * Reciprocal inhibition is the post's "most effective" method [S1], but it needs the muscle, so it
 * leads only when the muscle is known; compression needs nothing and leads otherwise. Contrast takes
 * about 70 minutes and packs, so it is always last: something for the soreness afterwards.
 */
export function suggestTechniques(answers: PickerAnswers): Suggestion[] {
  const version = answers.helper ? 'caregiver' : 'self';
  const order: [TechniqueId, MessageKey][] = answers.muscleKnown
    ? [
        ['reciprocal', 'pickerReason_reciprocal_known'],
        ['compression', 'pickerReason_compression_known'],
        ['stretching', 'pickerReason_stretching'],
        ['contrast', 'pickerReason_contrast'],
      ]
    : [
        ['compression', 'pickerReason_compression_unknown'],
        ['stretching', 'pickerReason_stretching'],
        ['reciprocal', 'pickerReason_reciprocal_unknown'],
        ['contrast', 'pickerReason_contrast'],
      ];
  return order.map(([technique, reasonKey]) => ({ technique, version, reasonKey }));
}

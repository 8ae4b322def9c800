import * as v from 'valibot';
import type { Activation, MuscleGroup, SourcedKey } from '@/lib/muscles/data';
import { defineStoredItem } from '@/lib/storage/storedItem';

/** The three ways of tightening the opposite muscle: on your own sitting or lying, or with a caregiver. */
export const crampWays = [
  'selfSeated',
  'selfLying',
  'caregiver',
] as const satisfies readonly (keyof Activation)[];
export type CrampWay = (typeof crampWays)[number];

/** The way shown before the person has said which fits them: sitting is the commonest moment. */
export const defaultCrampWay: CrampWay = 'selfSeated';

/**
 * "Cramp now" settings as stored (sync, so they follow the person). `way` is absent until they have
 * chosen once: the screen then asks, with the default way's instruction already showing.
 */
export const crampNowSettingsSchema = v.object({
  way: v.optional(v.picklist(crampWays)),
});
export type CrampNowSettings = v.InferOutput<typeof crampNowSettingsSchema>;

/** The "Cramp now" settings item; version 1. */
export const crampNowSettingsStorage = defineStoredItem('sync:crampNow', {
  schema: crampNowSettingsSchema,
  fallback: {},
  version: 1,
});

/** Stored value made safe: anything unreadable counts as "not chosen yet", never as an error. */
export function normalizeCrampNowSettings(stored: unknown): CrampNowSettings {
  return crampNowSettingsStorage.check(stored).value;
}

/** What the "do this now" screen shows for a group and the person's way. */
export interface ChosenWay {
  way: CrampWay;
  instruction: SourcedKey;
  /** False until the person has picked a way once (the screen then asks which fits). */
  remembered: boolean;
}

/**
 * The one way of tightening the opposite muscle to show: the remembered way, else the default.
 * Null for a group with no safe home method (the ribcage): the screen shows its safety guidance.
 */
export function chooseWay(
  group: Pick<MuscleGroup, 'activation'>,
  settings: CrampNowSettings,
): ChosenWay | null {
  if (!group.activation) return null;
  const way = settings.way ?? defaultCrampWay;
  return { way, instruction: group.activation[way], remembered: settings.way !== undefined };
}

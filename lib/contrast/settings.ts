import * as v from 'valibot';
import { defineStoredItem } from '@/lib/storage/storedItem';

export type { Checked } from '@/lib/storage/storedItem';

/** Inclusive limits of every timer setting, from the contrast protocol's sources [S1] and the ranges the timer allows. */
export const timerLimits = {
  coldMinutes: { min: 1, max: 20 },
  hotMinutes: { min: 1, max: 20 },
  rounds: { min: 1, max: 5 },
  swapSeconds: { min: 0, max: 120 },
  hotReadyMinutes: { min: 0, max: 5 },
  endsSoonSeconds: { min: 0, max: 60 },
} as const;

const whole = (limits: { min: number; max: number }) =>
  v.pipe(v.number(), v.integer(), v.minValue(limits.min), v.maxValue(limits.max));

/**
 * What the user chooses for a contrast session: whole numbers inside the limits, in protocol time
 * (unscaled). `rounds`: warm phases, a cold one before and after each. `swapSeconds`: a pause between
 * phases to change packs, 0 for none. `hotReadyMinutes`: "get the warm pack ready" this many minutes
 * before each warm phase, 0 for none. `endsSoonSeconds`: "phase ends soon" this many seconds before
 * each phase ends, 0 for none.
 */
export const timerSettingsSchema = v.object({
  coldMinutes: whole(timerLimits.coldMinutes),
  hotMinutes: whole(timerLimits.hotMinutes),
  rounds: whole(timerLimits.rounds),
  swapSeconds: whole(timerLimits.swapSeconds),
  hotReadyMinutes: whole(timerLimits.hotReadyMinutes),
  endsSoonSeconds: whole(timerLimits.endsSoonSeconds),
});
export type TimerSettings = v.InferOutput<typeof timerSettingsSchema>;

/**
 * How alerts reach the user and a caregiver. `volume`: percent. `repeatUntilAcknowledged`: the chime
 * every 30 s until acknowledged (it gives up after 5 minutes).
 */
export const alertSettingsSchema = v.object({
  sound: v.boolean(),
  volume: whole({ min: 0, max: 100 }),
  repeatUntilAcknowledged: v.boolean(),
  speech: v.boolean(),
  caregiverPopup: v.boolean(),
});
export type AlertSettings = v.InferOutput<typeof alertSettingsSchema>;

/**
 * One reading of the post's "rotate three times" [S1]: three warm turns in all, C H C H C H C, 10
 * minutes each, 70 minutes. The post can also be read as the first pair then three more rounds (nine
 * phases, 90 minutes): the settings offer it in one choice (`planReadings`).
 */
export const defaultTimerSettings: TimerSettings = {
  coldMinutes: 10,
  hotMinutes: 10,
  rounds: 3,
  swapSeconds: 0,
  hotReadyMinutes: 2,
  endsSoonSeconds: 30,
};

/** The two readings of "rotate three times", as the number of warm phases each gives. */
export const planReadings = [
  { id: 'sevenPhases', rounds: 3 },
  { id: 'ninePhases', rounds: 4 },
] as const;

/** Sound on, speech off (it surprises people), popup off. */
export const defaultAlertSettings: AlertSettings = {
  sound: true,
  volume: 80,
  repeatUntilAcknowledged: true,
  speech: false,
  caregiverPopup: false,
};

/** Timer settings follow the user to their other browsers (sync area); unusable ones read as the defaults. */
export const timerSettingsStorage = defineStoredItem('sync:contrastTimerSettings', {
  schema: timerSettingsSchema,
  fallback: defaultTimerSettings,
  version: 1,
});

/** Alert settings, also synced. */
export const alertSettingsStorage = defineStoredItem('sync:contrastAlertSettings', {
  schema: alertSettingsSchema,
  fallback: defaultAlertSettings,
  version: 1,
});

/** Validates stored timer settings; anything unusable falls back to the defaults (and says so). */
export const checkTimerSettings = (stored: unknown) => timerSettingsStorage.check(stored);

/** Validates stored alert settings; anything unusable falls back to the defaults (and says so). */
export const checkAlertSettings = (stored: unknown) => alertSettingsStorage.check(stored);

/** Reads and validates the timer settings; never throws. */
export const loadTimerSettings = timerSettingsStorage.load;

/** Reads and validates the alert settings; never throws. */
export const loadAlertSettings = alertSettingsStorage.load;

import * as v from 'valibot';
import { defineStoredItem } from '@/lib/storage/storedItem';

/**
 * The announcement ledger: how far the newest alert's announcement got. `notification` (with speech and
 * the caregiver window) and `chime` are each set once the browser has taken that part, never before; a
 * part missing for the alert in the stored state was cut off by a stopped worker, and the next worker
 * sends it (lib/contrast/service.ts).
 */
const announcedSchema = v.object({
  sessionId: v.string(),
  alertId: v.number(),
  notification: v.boolean(),
  chime: v.boolean(),
});

/** The parts of one alert's announcement that went out. */
export type AnnouncedParts = Pick<v.InferOutput<typeof announcedSchema>, 'notification' | 'chime'>;

/**
 * The ledger's one entry, or null. Until it was an object it was a `sessionId#alertId|nc` string: one
 * left from then reads as nothing sent, so an alert pending across that update is told at most once
 * more (its notification is found showing, see finishAnnouncing).
 */
export const announcedAlertStorage = defineStoredItem('local:contrastAnnouncedAlert', {
  schema: v.nullable(announcedSchema),
  fallback: null,
});

/** The parts of alert `alertId` of session `sessionId` known to have gone out; a new object. Never throws. */
export async function readAnnounced(sessionId: string, alertId: number): Promise<AnnouncedParts> {
  const { value } = await announcedAlertStorage.load();
  return value?.sessionId === sessionId && value.alertId === alertId
    ? { notification: value.notification, chime: value.chime }
    : { notification: false, chime: false };
}

/** Records the parts of an alert's announcement that have gone out (replacing any older alert's). */
export function writeAnnounced(sessionId: string, alertId: number, parts: AnnouncedParts): Promise<void> {
  return announcedAlertStorage.setValue({ sessionId, alertId, ...parts });
}

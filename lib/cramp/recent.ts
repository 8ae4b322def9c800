import type { LogEntry } from '@/lib/log/entry';
import type { BodySide, MuscleGroupId } from '@/lib/muscles/ids';

/** A place offered first in "Cramp now": a group from the log, with the side it was on last time. */
export interface RecentPlace {
  id: MuscleGroupId;
  side?: BodySide;
}

/** How many recent places "Cramp now" shows as big buttons (they fit the first screen). */
export const recentPlaceLimit = 4;

/**
 * The places of the most recent cramps, newest first, each place once (with its latest side).
 * Entries recorded by the contrast timer and "not sure" entries say nothing about where cramps come,
 * so they are left out. `entries` may come in any order: they are sorted by `at` here.
 */
export function recentPlaces(entries: readonly LogEntry[], limit = recentPlaceLimit): RecentPlace[] {
  const newestFirst = [...entries].sort((a, b) => b.at - a.at || b.createdAt - a.createdAt);
  const places: RecentPlace[] = [];
  const seen = new Set<MuscleGroupId>();
  for (const entry of newestFirst) {
    if (places.length >= limit) break;
    if (entry.source !== 'manual' || entry.place === 'unsure' || seen.has(entry.place)) continue;
    seen.add(entry.place);
    places.push(entry.side ? { id: entry.place, side: entry.side } : { id: entry.place });
  }
  return places;
}

/** Where most cramps are (legs, feet, hands, as the log form's big buttons): offered before there is a log. */
export const commonCrampPlaces: readonly MuscleGroupId[] = [
  'calf',
  'foot_sole',
  'hamstrings',
  'hand_intrinsics',
];

/** The big buttons at the top of "where": which places, and whether they come from the person's log. */
export interface FirstPlaces {
  places: RecentPlace[];
  fromLog: boolean;
}

/**
 * The places to offer first: the recent ones from the log, or the common places while the log has none
 * (so the first screen always has big buttons to press).
 */
export function firstPlaces(recent: readonly RecentPlace[], common = commonCrampPlaces): FirstPlaces {
  if (recent.length > 0) return { places: [...recent], fromLog: true };
  return { places: common.map((id) => ({ id })), fromLog: false };
}

import type { Helped, LogDraft } from '@/lib/log/entry';
import type { BodySide, MuscleGroupId } from '@/lib/muscles/ids';

/** What "Cramp now" knows when the person answers "Did it help?". */
export interface CrampNowOutcome {
  /** When they pressed "Cramp now" (the cramp had started by then). */
  startedAt: number;
  place: MuscleGroupId;
  side?: BodySide;
  helped: Helped;
  /** When they answered: the end of the cramp as far as the panel can tell. */
  endedAt: number;
}

/**
 * The log draft for a cramp handled through "Cramp now": the method is reciprocal inhibition (the
 * guided hold of the opposite muscle), the duration from "Cramp now" to the answer, in minutes with
 * one decimal (a clock that went backwards gives 0).
 */
export function crampNowDraft(outcome: CrampNowOutcome): LogDraft {
  const minutes = Math.max(0, outcome.endedAt - outcome.startedAt) / 60_000;
  return {
    at: outcome.startedAt,
    place: outcome.place,
    ...(outcome.side ? { side: outcome.side } : {}),
    tried: ['reciprocal'],
    helped: outcome.helped,
    durationMinutes: Math.round(minutes * 10) / 10,
  };
}

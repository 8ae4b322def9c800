import * as v from 'valibot';

// The timer's stored shapes, each written once: the types the machine and protocol use are derived
// from these schemas, so a field added to a type is a field the stored state keeps (a schema that
// lacked it would strip it at every worker event).

const finite = v.pipe(v.number(), v.finite());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * What the person does during a step: cold pack, warm pack, or change packs. The warm step keeps the
 * id `hot` (stored sessions and settings use it); everything the person sees or hears says warm.
 */
export const stepKinds = ['cold', 'hot', 'swap'] as const;
export type StepKind = (typeof stepKinds)[number];

/** One step of a session plan, with its duration already scaled (real milliseconds). */
export const planStepSchema = v.object({
  kind: v.picklist(stepKinds),
  durationMs: v.pipe(finite, v.minValue(0)),
});
export type PlanStep = v.InferOutput<typeof planStepSchema>;

/**
 * A frozen plan: a running session keeps its own copy, so changing settings never disturbs it.
 * `hotReadyMs`, `endsSoonMs` and `minuteMs` are the scaled heads-ups and "+1 min" (real ms); `scale`
 * is the time scale it was made with (protocol time = real time × scale).
 */
export const planSchema = v.object({
  steps: v.pipe(v.array(planStepSchema), v.minLength(1)),
  hotReadyMs: finite,
  endsSoonMs: finite,
  minuteMs: v.pipe(finite, v.minValue(1)),
  scale: v.pipe(finite, v.minValue(1)),
});
export type Plan = v.InferOutput<typeof planSchema>;

/** The heads-ups a step can give: the warm pack should be ready, the session ends soon. */
export const headsUps = ['hotReady', 'endsSoon'] as const;
export type HeadsUp = (typeof headsUps)[number];

/** Why the user is being alerted: a phase change, a heads-up, the end, or a missed deadline. */
export const alertKinds = ['phase', ...headsUps, 'finished', 'interrupted'] as const;
export type AlertKind = (typeof alertKinds)[number];

/**
 * An alert waiting for acknowledgement; the chime repeats while it is here. `id` is unique within the
 * session (a stale chime alarm for an older alert does nothing); `chimes` counts those played so far
 * (the first plays when the alert is raised).
 */
export const pendingAlertSchema = v.object({
  id: v.number(),
  kind: v.picklist(alertKinds),
  stepIndex: v.number(),
  raisedAt: finite,
  chimes: v.number(),
});
export type PendingAlert = v.InferOutput<typeof pendingAlertSchema>;

/**
 * One contrast session: its frozen plan and where it is. `headsUpsDone`: given for the current step,
 * so none repeats. `wasInterrupted`: a deadline was missed while the browser or computer was down.
 * `changes`: pause, resume and +1 min presses applied to the current step, so a repeated delivery is
 * known. `skipped`: absent in sessions stored before it existed (none skipped then is not known, only
 * assumed).
 */
export const sessionSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  startedAt: finite,
  plan: planSchema,
  stepIndex: count,
  headsUpsDone: v.array(v.picklist(headsUps)),
  alert: v.nullable(pendingAlertSchema),
  alertCount: v.number(),
  wasInterrupted: v.boolean(),
  changes: v.optional(count),
  /** Steps the person skipped (indices), so the history tells them from the steps that ran to their end. */
  skipped: v.optional(v.array(count)),
});
export type Session = v.InferOutput<typeof sessionSchema>;

/** The states of a session under way (running, paused, interrupted). */
const activeStateSchemas = [
  v.object({ status: v.literal('running'), session: sessionSchema, endsAt: finite }),
  v.object({
    status: v.literal('paused'),
    session: sessionSchema,
    remainingMs: v.pipe(finite, v.minValue(0)),
  }),
  /** A deadline passed while nothing could alert: the user chooses to stop or continue. */
  v.object({
    status: v.literal('interrupted'),
    session: sessionSchema,
    missedAt: finite,
    detectedAt: finite,
  }),
] as const;

/**
 * What `timerStateStorage` holds: a timer state (below), or idle marked `corrupt` when a stored value
 * was unusable and reset (so the panel says so once).
 */
export const storedTimerStateSchema = v.variant('status', [
  v.object({ status: v.literal('idle'), notice: v.optional(v.literal('corrupt')) }),
  ...activeStateSchemas,
  v.object({ status: v.literal('finished'), session: sessionSchema, endedAt: finite }),
  /**
   * `undo`: until `until` (epoch ms), Undo brings back `state`, the session as it was when stopped; its
   * history record waits until then.
   */
  v.object({
    status: v.literal('stopped'),
    session: sessionSchema,
    endedAt: finite,
    undo: v.optional(v.object({ until: finite, state: v.variant('status', [...activeStateSchemas]) })),
  }),
]);
export type StoredTimerState = v.InferOutput<typeof storedTimerStateSchema>;

/** The whole timer. Time is stored as absolute deadlines; remaining time is always `endsAt - now`. */
export type TimerState = Exclude<StoredTimerState, { status: 'idle' }> | { status: 'idle' };

/** How an ended session ended: every phase reached, the user stopped it, or a deadline was missed. */
export const sessionOutcomes = ['finished', 'stopped', 'interrupted'] as const;

/**
 * One contrast session that ended, as the timer stores it in its history: the contract between the
 * timer (which writes it) and the cramp log (which reads it with this same schema). `phasesCompleted`
 * counts phases that ran to their end; `phasesSkipped` the phases the person skipped (absent in records
 * stored before it existed: unknown, never read as 0).
 */
export const contrastSessionRecordSchema = v.object({
  /** Stable id of the session (the same id for the same session, so readers can de-duplicate). */
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  /** Epoch ms when the first phase started, and when the session ended. */
  startedAt: v.number(),
  endedAt: v.number(),
  /** Phases that ran to their end, and how many the plan had (e.g. 7 for C W C W C W C). */
  phasesCompleted: v.number(),
  totalPhases: v.number(),
  phasesSkipped: v.optional(v.number()),
  outcome: v.picklist(sessionOutcomes),
});
export type ContrastSessionRecord = v.InferOutput<typeof contrastSessionRecordSchema>;

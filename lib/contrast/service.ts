import { t } from '@/lib/i18n';
import type { TimerCommand } from '@/lib/messages';
import { setBadge } from '@/lib/platform/badge';
import { playChime, prepareChime } from '@/lib/platform/sound';
import { speak } from '@/lib/platform/speech';
import { initI18n } from '@/lib/settings/language';
import { syncAlarms } from './alarms';
import {
  alertNotificationId,
  clearAlertNotifications,
  showAlertNotification,
  showNoticeNotification,
  shownAlertNotifications,
} from './alertNotifications';
import { type AnnouncedParts, readAnnounced, writeAnnounced } from './announced';
import { openCaregiverWindow } from './caregiverWindow';
import { type Effect, effectsOf, endedRecord } from './effects';
import { type ContrastSessionRecord, contrastHistoryStorage, unsavedHistoryStorage } from './history';
import {
  type AlertKind,
  type PendingAlert,
  type Seen,
  seenOf,
  type TimerEvent,
  type TimerState,
  transition,
} from './machine';
import { buildPlan } from './protocol';
import { type DesiredAlarm, desiredAlarms } from './schedule';
import { type AlertSettings, loadAlertSettings, loadTimerSettings } from './settings';
import { loadTimerState, stateNotSavedError, timerStateStorage, unsavedTimerStateStorage } from './state';
import { alertText, badgeColor, badgeText } from './text';
import { timeScale } from './timeScale';

/**
 * Chrome polls alarms at most once per minimum delay (1 s unpacked, 30 s packed), so a deadline that
 * follows another alarm closely could fire up to that late. While the worker is awake anyway (Chrome
 * keeps an idle worker about 30 s), a one-shot timer delivers the soonest alarm due within this window
 * on time. It keeps nothing alive: if the worker stops first, the real alarm (still armed) wakes it,
 * and whichever comes second is stale and ignored.
 */
const precisionWindowMs = 28_000;

/** A notification's title: the end and a missed deadline have their own; the rest are the timer's. */
const alertTitle = (kind: AlertKind) =>
  t(
    kind === 'finished'
      ? 'timerFinishedTitle'
      : kind === 'interrupted'
        ? 'timerInterruptedTitle'
        : 'timerNotificationTitle',
  );

/** Adds the record to a history that does not hold it yet. */
async function appendTo(
  item: typeof contrastHistoryStorage,
  list: ContrastSessionRecord[],
  record: ContrastSessionRecord,
) {
  if (!list.some((entry) => entry.id === record.id)) await item.setValue([...list, record]);
}

async function appendRecord(record: ContrastSessionRecord): Promise<void> {
  const { value, corrupt } = await contrastHistoryStorage.load();
  try {
    // An unreadable history stays as stored, for a person to look at; the session goes to the
    // memory-only copy, which the log records as well (its unreadable records are dropped there).
    if (!corrupt) return await appendTo(contrastHistoryStorage, value, record);
  } catch (error) {
    // Storage full: the session still reaches the log, from the memory-only copy.
    console.error('Spasm Relief timer: the session could not be added to the history', error);
  }
  await appendTo(unsavedHistoryStorage, (await unsavedHistoryStorage.load()).value, record);
}

const sessionIdOf = (state: TimerState) => (state.status === 'idle' ? '' : state.session.id);
const alertKey = (state: TimerState, alert: PendingAlert) =>
  state.status === 'idle' ? '' : `${state.session.id}#${alert.id}`;

/** One chime of an alert (its first, or a repeat): the offscreen document plays each key once. */
const chimeKey = (key: string, chimes: number) => `${key}@${chimes}`;

/** The longest an event waits for its notifications (they normally take a few ms). */
const notificationWaitMs = 2000;

/** Resolves when `work` settles or after `ms`, whichever is first (the timer is cleared either way). */
function settledWithin(work: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    work.then(done, done);
  });
}

const idleStatuses: readonly TimerState['status'][] = ['idle', 'finished', 'stopped'];

async function startEvent(): Promise<TimerEvent> {
  const settings = (await loadTimerSettings()).value;
  return { type: 'start', plan: buildPlan(settings, timeScale), sessionId: crypto.randomUUID() };
}

/**
 * The timer service: runs one event at a time (store, re-arm, badge, alert). One instance per worker,
 * made by the worker entry (lib/contrast/worker.ts): what it holds in memory (the event queue, the
 * precision timer, the alerts being announced, the state last applied) is that worker's, and a fresh
 * worker starts with none of it, as the storage it reads says it should.
 */
export function createTimerService(): TimerService {
  // Events are applied one at a time: two alarms (or an alarm and a click) must not race on storage.
  let queue: Promise<unknown> = Promise.resolve();
  function serialized<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  let precisionTimer: ReturnType<typeof setTimeout> | undefined;

  function armPrecisionTimer(alarms: DesiredAlarm[], now: number): void {
    clearTimeout(precisionTimer);
    const soonest = alarms.reduce<DesiredAlarm | null>((a, b) => (!a || b.when < a.when ? b : a), null);
    if (!soonest || soonest.when - now > precisionWindowMs) return;
    precisionTimer = setTimeout(
      () => void applyEvent({ type: 'alarm', name: soonest.name }).catch(console.error),
      Math.max(0, soonest.when - Date.now()),
    );
  }

  /** Alerts this worker has announced or is announcing (a new worker starts empty). */
  const announcing = new Set<string>();

  /**
   * Announces an alert, or the parts of it not yet out (`done`): notification (with speech and the
   * caregiver window) and chime. Each part is marked in the ledger (./announced) once the browser has taken
   * it (the notification created, the chime received by the offscreen document), never before: a worker
   * stopped earlier leaves it unmarked and the next worker sends it (finishLeftovers). So no part is lost,
   * and none is told twice: a worker stopped after the browser carried a part out but before the mark was
   * stored leaves a part that is out but unmarked; the next worker finds the alert's own notification
   * showing (finishAnnouncing), and the offscreen document ignores a chime it already played.
   * Resolves once the notification part is done; the chime and the caregiver window go on unawaited.
   */
  async function announce(
    alert: PendingAlert,
    state: TimerState,
    alerts: AlertSettings,
    done: AnnouncedParts = { notification: false, chime: false },
  ) {
    const key = alertKey(state, alert);
    announcing.add(key);
    const text = alertText(state, alert);
    const sent = { ...done };
    const mark = (part: keyof AnnouncedParts) => {
      sent[part] = true;
      return writeAnnounced(sessionIdOf(state), alert.id, sent);
    };
    // The chime goes out in the same turn as the notification, and is never awaited: a play() that never
    // settles (no audio device, autoplay rules) must not hold up the next event.
    if (alerts.sound && !done.chime) {
      prepareChime()
        .then(() => playChime(alerts.volume, chimeKey(key, alert.chimes), true))
        .then(() => mark('chime'))
        .catch(console.error);
    }
    if (done.notification) return;
    if (alerts.speech) speak(text);
    if (alerts.caregiverPopup) openCaregiverWindow().catch(console.error);
    // The new alert's notification first, then the older ones down: one is always showing.
    await showAlertNotification(key, alertTitle(alert.kind), text);
    await mark('notification');
    await clearAlertNotifications(key);
  }

  /**
   * Catches up on what a worker stopped mid-event left undone after it stored the state: sends the parts
   * of the pending alert's announcement that never went out (late, but never lost: the alert holds until
   * acknowledged or replaced), and appends an ended session's history record (idempotent).
   */
  async function finishLeftovers(next: TimerState, effects: Effect[], alerts: AlertSettings) {
    const alert = next.status === 'idle' ? null : next.session.alert;
    if (alert && !effects.some((e) => e.type === 'alert')) await finishAnnouncing(alert, next, alerts);
    // An acknowledged alert's notification, left up by a worker stopped before it took it down.
    if (!alert && !effects.some((e) => e.type === 'clearAlert')) await clearAlertNotifications();
    if (next.status === 'idle') return;
    const record = endedRecord(next);
    if (record && !effects.some((e) => e.type === 'record')) await appendRecord(record);
  }

  /**
   * Sends the parts of an alert's announcement that never went out (none if this worker has it in hand).
   * A notification part left unmarked may still have gone out (the worker stopped before its mark): if the
   * alert's own notification is showing, it did, and it is not shown (nor spoken) again.
   */
  async function finishAnnouncing(alert: PendingAlert, state: TimerState, alerts: AlertSettings) {
    const key = alertKey(state, alert);
    if (announcing.has(key)) return;
    const done = await readAnnounced(sessionIdOf(state), alert.id);
    if (!done.notification && (await shownAlertNotifications()).includes(alertNotificationId(key))) {
      done.notification = true;
      await writeAnnounced(sessionIdOf(state), alert.id, done).catch(console.error);
    }
    if (done.notification && (done.chime || !alerts.sound)) await clearAlertNotifications(key);
    else await announce(alert, state, alerts, done);
  }

  async function runEffect(effect: Effect, state: TimerState, alerts: AlertSettings, prev: TimerState) {
    switch (effect.type) {
      case 'alert': {
        // A short step's alert, cut off by a stopped worker and replaced before another worker came: it is
        // still told, first (the next one follows at once, as it would have a moment later anyway).
        announcing.add(alertKey(state, effect.alert));
        const replaced = prev.status === 'idle' ? null : prev.session.alert;
        if (replaced && replaced.id !== effect.alert.id) await finishAnnouncing(replaced, prev, alerts);
        await announce(effect.alert, state, alerts);
        return;
      }
      case 'chime':
        // Not awaited, like the first chime (see announce).
        if (alerts.sound)
          playChime(alerts.volume, chimeKey(alertKey(state, effect.alert), effect.alert.chimes)).catch(
            console.error,
          );
        return;
      case 'clearAlert':
        await clearAlertNotifications();
        return;
      // A record is appended before the state is stored (applyEvent).
    }
  }

  /**
   * Applies one event: read the state, run the machine, make the real alarms match the schedule, refresh
   * the badge, store the result, then alert.
   */
  function applyEvent(event: TimerEvent | ((state: TimerState) => Promise<TimerEvent>)) {
    return serialized(async () => {
      // Notification, speech and badge texts follow the user's language setting (cheap once loaded).
      await initI18n().catch(() => undefined);
      const { state: prev, corrupt, unsaved } = await loadTimerState();
      const alerts = (await loadAlertSettings()).value;
      const resolved = typeof event === 'function' ? await event(prev) : event;
      const now = Date.now();
      const next = transition(prev, resolved, now);
      // Alarms and badge first, the state last: if the worker is stopped in between, the stored (old) state
      // still has its deadline, and the next wake-up re-arms for it and repeats the transition.
      const alarms = desiredAlarms(next, { repeatChime: alerts.repeatUntilAcknowledged }, now);
      await syncAlarms(alarms);
      armPrecisionTimer(alarms, now);
      await setBadge(badgeText(next, now), badgeColor(next), t('actionTitle'));
      const effects = effectsOf(prev, next);
      // An ended session's record goes out before the state that ends it (Done inside a stop's undo
      // window leaves nothing to find it by): a worker stopped in between repeats the transition, and
      // the record is appended once (by id).
      for (const effect of effects)
        if (effect.type === 'record') await appendRecord(effect.record).catch(console.error);
      if (next !== prev || corrupt || unsaved) {
        try {
          // A corrupt stored state became idle: keep a notice for the panel until the next session starts.
          await timerStateStorage.setValue(
            corrupt && next.status === 'idle' ? { status: 'idle', notice: 'corrupt' } : next,
          );
          if (unsaved) await unsavedTimerStateStorage.removeValue().catch(() => undefined);
        } catch (error) {
          await stateNotStored(error, prev, next, alerts, now, unsaved);
        }
      }
      known = next;
      // The next event waits for this one's notifications (shown, marked, older ones taken down), so they
      // are shown and cleared in event order: an older alert's late clean-up can never take down a newer
      // alert's notification. The chime is not awaited (see announce), and a browser that never answers
      // holds the queue up for at most notificationWaitMs: the next deadline is always handled.
      const work = effects.map((effect) => runEffect(effect, next, alerts, prev).catch(console.error));
      work.push(finishLeftovers(next, effects, alerts).catch(console.error));
      await settledWithin(Promise.all(work), notificationWaitMs);
      return next;
    });
  }

  /**
   * The state could not be stored (storage full or failing). A session that would start is refused and
   * its alarms undone: the panel says why, nothing runs that could not be kept. A session already under
   * way must never stop silently: its alarms stay armed, the new state is kept in memory-only session
   * storage (its own quota) for the next event and the panel, and the user is told once.
   */
  async function stateNotStored(
    error: unknown,
    prev: TimerState,
    next: TimerState,
    alerts: AlertSettings,
    now: number,
    alreadyUnsaved: true | undefined,
  ): Promise<void> {
    console.error('Spasm Relief timer: the state could not be stored', error);
    if (idleStatuses.includes(prev.status) && !idleStatuses.includes(next.status)) {
      const alarms = desiredAlarms(prev, { repeatChime: alerts.repeatUntilAcknowledged }, now);
      await syncAlarms(alarms);
      armPrecisionTimer(alarms, now);
      await setBadge(badgeText(prev, now), badgeColor(prev), t('actionTitle'));
      throw Object.assign(new Error('The timer state could not be stored'), { name: stateNotSavedError });
    }
    await unsavedTimerStateStorage.setValue(next).catch((again) => console.error(again));
    if (!alreadyUnsaved)
      await showNoticeNotification(t('timerStateNotStoredTitle'), t('timerStateNotStored'));
  }

  /** Runs a user command from the panel, a notification button or a keyboard shortcut. */
  function runCommand(command: TimerCommand, seen?: Seen | Promise<Seen>) {
    return applyEvent(
      async () =>
        ({
          ...(command === 'start' ? await startEvent() : { type: command }),
          seen: await seen,
        }) as TimerEvent,
    );
  }

  /** The state this worker last applied; in a fresh worker, until its first event, the stored one. */
  let known: TimerState | Promise<TimerState> | undefined;

  /**
   * What a browser keyboard command or notification button was issued against: the state the worker held
   * when the press arrived (read at once, before earlier events finish), so two presses that arrive
   * together name the same state and the second is a no-op.
   */
  async function stateAtArrival(): Promise<Seen> {
    known ??= loadTimerState().then((loaded) => loaded.state);
    return seenOf(await known);
  }

  /** The start/pause keyboard shortcut: start when idle or ended, pause when running, resume when paused. */
  function toggleStartPause() {
    const arrival = stateAtArrival();
    return applyEvent(async (state) => {
      const seen = await arrival;
      if (state.status === 'running') return { type: 'pause', seen };
      if (state.status === 'paused') return { type: 'resume', seen };
      if (state.status === 'interrupted') return { type: 'check' };
      return { ...(await startEvent()), seen };
    });
  }

  // A tuple, not an object: an object's keys survive minification (44 bytes gzip of the worker).
  return [applyEvent, runCommand, stateAtArrival, toggleStartPause];
}

/** One worker's timer service (createTimerService), destructured by name where it is used. */
export type TimerService = [
  applyEvent: (event: TimerEvent | ((state: TimerState) => Promise<TimerEvent>)) => Promise<TimerState>,
  runCommand: (command: TimerCommand, seen?: Seen | Promise<Seen>) => Promise<TimerState>,
  stateAtArrival: () => Promise<Seen>,
  toggleStartPause: () => Promise<TimerState>,
];

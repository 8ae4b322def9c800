import {
  type ContrastSessionRecord,
  contrastHistoryStorage,
  unsavedHistoryStorage,
} from '@/lib/contrast/history';
import { type LogEntry, parseLogEntry, unsurePlace } from './entry';
import { openLogDbForRecording } from './recordDb';
import { recordSessionEntries } from './sessions';
import type { LogStore } from './store';

/** Log ids of recorded sessions: derived from the session id, so the same session is recorded once. */
export function contrastEntryId(sessionId: string): string {
  return `contrast-${sessionId}`;
}

/**
 * The log entry for one ended contrast session (a record the history item checked with the timer's own
 * record schema, so the two never drift); undefined when it makes no valid entry. A record from before
 * `phasesSkipped` existed gives an entry without it (unknown), not one that claims none was skipped.
 */
export function entryFromContrastSession(record: ContrastSessionRecord): LogEntry | undefined {
  const { id, startedAt, endedAt, phasesCompleted, phasesSkipped, totalPhases, outcome } = record;
  return parseLogEntry({
    id: contrastEntryId(id),
    at: startedAt,
    createdAt: endedAt,
    updatedAt: endedAt,
    place: unsurePlace,
    tried: ['contrast'],
    durationMinutes: Math.max(0, Math.round((endedAt - startedAt) / 60_000)),
    source: 'contrast',
    contrast: {
      sessionId: id,
      phasesCompleted,
      totalPhases,
      outcome,
      ...(phasesSkipped === undefined ? {} : { phasesSkipped }),
    },
  });
}

/**
 * Records every ended contrast session the log has not seen yet; returns how many were added.
 * Idempotent: a known session is never touched again, so the user's later edits of it (where, did it
 * help) stay, and a deleted one stays deleted.
 */
export async function recordContrastSessions(
  store: Pick<LogStore, 'recordSessions'>,
  records: readonly ContrastSessionRecord[],
): Promise<number> {
  const entries = records
    .map(entryFromContrastSession)
    .filter((entry): entry is LogEntry => entry !== undefined);
  return store.recordSessions(entries);
}

/**
 * Reads the timer's history from storage (and the sessions it could not store there) and records what
 * is new: the readable records of a history that holds unreadable ones too.
 */
export async function syncContrastHistory(store: Pick<LogStore, 'recordSessions'>): Promise<number> {
  const [stored, unsaved] = await Promise.all([contrastHistoryStorage.load(), unsavedHistoryStorage.load()]);
  return recordContrastSessions(store, [...stored.value, ...unsaved.value]);
}

/** Calls `onChange` whenever the timer's history (stored or unsaved) changes; returns the unwatch. */
export function watchContrastHistory(onChange: () => void): () => void {
  const unwatch = [
    contrastHistoryStorage.watchChecked(onChange),
    unsavedHistoryStorage.watchChecked(onChange),
  ];
  return () => {
    for (const stop of unwatch) stop();
  };
}

/**
 * For the background worker's main(): records sessions when the timer appends one, and once at start
 * (catching a session that ended while the worker was being stopped). The watch is registered
 * synchronously; the work is async and never throws out.
 */
export function startContrastSessionRecording(): void {
  const sync = () => {
    // Plain IndexedDB, not the LogStore: the worker only records, and stays small.
    openLogDbForRecording()
      .then(async (db) => {
        if (!db) return;
        try {
          await syncContrastHistory({ recordSessions: (entries) => recordSessionEntries(db, entries) });
        } finally {
          db.close();
        }
      })
      .catch((error) => console.warn('Cramp log: could not record contrast sessions', error));
  };
  watchContrastHistory(sync);
  sync();
}

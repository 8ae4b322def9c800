import { storage } from '@wxt-dev/storage';
import { memoryOnlyArea } from '@/lib/platform/memoryArea';

/**
 * One contrast session that ended (finished, stopped, or ended by an interruption).
 * This is the contract between the timer (which writes it) and the cramp log (which reads it).
 */
export interface ContrastSessionRecord {
  /** Stable id of the session (the same id for the same session, so readers can de-duplicate). */
  id: string;
  /** Epoch ms when the first phase started. */
  startedAt: number;
  /** Epoch ms when the session ended. */
  endedAt: number;
  /** Phases fully completed, and how many the plan had (e.g. 7 for C H C H C H C). */
  phasesCompleted: number;
  totalPhases: number;
  /** How it ended: every phase done, the user stopped it, or the browser/computer was down past a deadline. */
  outcome: 'finished' | 'stopped' | 'interrupted';
}

/** Ended sessions, newest last. The timer appends; the cramp log reads and imports them. */
export const contrastHistoryStorage = storage.defineItem<ContrastSessionRecord[]>('local:contrastHistory', {
  fallback: [],
  version: 1,
});

/**
 * Ended sessions the timer could not append to `contrastHistoryStorage` (storage full or failing),
 * kept until the browser closes; the log records them from here as well (IndexedDB has its own quota).
 */
export const unsavedHistoryStorage = storage.defineItem<ContrastSessionRecord[]>(
  `${memoryOnlyArea}:contrastHistoryUnsaved`,
  { fallback: [] },
);

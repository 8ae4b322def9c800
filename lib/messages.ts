import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Seen } from '@/lib/contrast/machine';

/**
 * A command for the timer; the worker turns it into a machine event. `check` (sent when the panel opens)
 * makes the worker notice a deadline whose alarm was lost.
 */
export type TimerCommand =
  | 'start'
  | 'pause'
  | 'resume'
  | 'skip'
  | 'extend'
  | 'stop'
  /** Brings back a session stopped less than `undoStopMs` ago (lib/contrast/machine.ts). */
  | 'undo'
  | 'acknowledge'
  | 'check';

/**
 * Typed messages, for commands only: state flows back through storage, never through replies.
 * `timerCommand` goes panel → worker; `playChime` goes worker → offscreen document (Chrome).
 */
export interface ProtocolMap {
  /** `seen`: the state the person saw when pressing; the worker applies the command only if it still is. */
  timerCommand(data: { command: TimerCommand; seen?: Seen }): void;
  /** `key` names one chime of one alert: the offscreen document plays each key once. */
  playChime(data: { volume: number; key: string }): void;
}

/** Send and receive the extension's typed messages. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

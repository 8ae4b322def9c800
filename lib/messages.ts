import { defineExtensionMessaging } from '@webext-core/messaging';

/** A user command for the timer; the worker turns it into a machine event. */
export type TimerCommand = 'start' | 'pause' | 'resume' | 'skip' | 'extend' | 'stop' | 'acknowledge';

/**
 * Typed messages, for commands only: state flows back through storage, never through replies.
 * `timerCommand` goes panel → worker; `playChime` goes worker → offscreen document (Chrome).
 */
export interface ProtocolMap {
  timerCommand(data: { command: TimerCommand }): void;
  playChime(data: { volume: number }): void;
}

/** Send and receive the extension's typed messages. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

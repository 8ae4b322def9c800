import { browser } from 'wxt/browser';
import { onMessage } from '@/lib/messages';
import { alertNotificationId } from '@/lib/platform/notifications';
import { applyEvent, runCommand, toggleStartPause, wake } from './service';

/** Keyboard command names (wxt.config.ts `commands`). */
export const timerCommands = { startPause: 'timer-start-pause', acknowledge: 'timer-acknowledge' } as const;

// Removes the previous command listener if main runs twice in one context (tests); a real worker runs it once.
let removeCommandListener: (() => void) | undefined;

const logFailure = (error: unknown) => console.error('Spasm Relief timer:', error);

/**
 * Registers the timer's listeners. Must run synchronously in the worker's main so that an alarm or click
 * that woke the worker is delivered; then re-arms from storage (browser restarts can drop alarms).
 */
export function registerTimer(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith('contrast|')) applyEvent({ type: 'alarm', name: alarm.name }).catch(logFailure);
  });
  removeCommandListener?.();
  removeCommandListener = onMessage('timerCommand', ({ data }) =>
    runCommand(data.command).then(() => undefined),
  );
  browser.notifications.onButtonClicked.addListener((id, button) => {
    if (id === alertNotificationId) runCommand(button === 1 ? 'stop' : 'acknowledge').catch(logFailure);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id === alertNotificationId) runCommand('acknowledge').catch(logFailure);
  });
  try {
    browser.commands.onCommand.addListener((command) => {
      if (command === timerCommands.startPause) toggleStartPause().catch(logFailure);
      if (command === timerCommands.acknowledge) runCommand('acknowledge').catch(logFailure);
    });
  } catch (error) {
    // Some browsers (Firefox for Android) have no keyboard commands: the panel and notifications still work.
    logFailure(error);
  }
  wake().catch(logFailure);
}

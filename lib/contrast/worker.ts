import { browser } from 'wxt/browser';
import { onMessage } from '@/lib/messages';
import { isAlertNotification } from './alertNotifications';
import { alarmName, backupDelayMs, parseAlarmName } from './machine';
import type { TimerService } from './service';
import { timeScale } from './timeScale';

/** Keyboard command names (wxt.config.ts `commands`). */
export const timerCommands = { startPause: 'timer-start-pause', acknowledge: 'timer-acknowledge' } as const;

const logFailure = (error: unknown) => console.error('Spasm Relief timer:', error);

/**
 * Registers the timer's listeners for this worker's service (createTimerService, made by the worker
 * entry). Must run synchronously in the worker's main so that an alarm or click that woke the worker
 * is delivered; then re-arms from storage (browser restarts can drop alarms).
 */
export function registerTimer([
  applyEvent,
  runCommand,
  stateAtArrival,
  toggleStartPause,
]: TimerService): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    const parsed = parseAlarmName(alarm.name);
    if (!parsed) return;
    // Chrome removed this alarm as it delivered it. Re-arm the backup at once, before any await: a worker
    // stopped while handling it is then followed by another, however often that happens. Handling the
    // event moves the backup to where the schedule wants it (or clears it).
    const delay = backupDelayMs({ minuteMs: 60_000 / timeScale });
    browser.alarms
      .create(alarmName('backup', parsed.sessionId, 0), { when: Date.now() + delay })
      .catch(logFailure);
    applyEvent({ type: 'alarm', name: alarm.name }).catch(logFailure);
  });
  onMessage('timerCommand', ({ data }) => runCommand(data.command, data.seen).then(() => undefined));
  browser.notifications.onButtonClicked.addListener((id, button) => {
    if (isAlertNotification(id))
      runCommand(button === 1 ? 'stop' : 'acknowledge', stateAtArrival()).catch(logFailure);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (isAlertNotification(id)) runCommand('acknowledge', stateAtArrival()).catch(logFailure);
  });
  try {
    browser.commands.onCommand.addListener((command) => {
      if (command === timerCommands.startPause) toggleStartPause().catch(logFailure);
      if (command === timerCommands.acknowledge)
        runCommand('acknowledge', stateAtArrival()).catch(logFailure);
    });
  } catch (error) {
    // Some browsers (Firefox for Android) have no keyboard commands: the panel and notifications still work.
    logFailure(error);
  }
  // At every worker start: handle a deadline that passed while nothing ran, and re-arm every alarm.
  applyEvent({ type: 'check' }).catch(logFailure);
}

import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage, type TimerCommand } from '@/lib/messages';

// Shared by the background tests that run the real worker entry point on WXT's fake browser.

export { oneRoundNoHeadsUps } from './timerSettings';

/** Lets the worker's serialized queue drain (its storage and alarm calls are promise-based). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Sends a timer command as the panel does and lets the worker finish; resolves or rejects with its reply. */
export async function command(name: TimerCommand): Promise<void> {
  const sent = sendMessage('timerCommand', { command: name });
  sent.catch(() => undefined);
  await settle();
  return sent;
}

/** Delivers an alarm at its time, as Chrome does: the clock is set and the one-shot alarm removed first. */
export async function fire(name: string, at: number): Promise<void> {
  vi.setSystemTime(at);
  await fakeBrowser.alarms.clear(name);
  await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: at } as Parameters<
    typeof fakeBrowser.alarms.onAlarm.trigger
  >[0]);
  await settle();
}

/**
 * Gives the fake browser what the worker's start-up touches but the fake lacks: a side panel, and a
 * keyboard-commands event whose listeners are returned (tests call them as Chrome would). The finder's
 * context menu and omnibox are left out: not under test here.
 */
export function stubWorkerOnlyApis(): ((name: string) => void)[] {
  const commandListeners: ((name: string) => void)[] = [];
  (fakeBrowser as unknown as { sidePanel: object }).sidePanel = { setPanelBehavior: vi.fn(async () => {}) };
  Object.assign(fakeBrowser, { contextMenus: undefined, omnibox: undefined });
  (fakeBrowser as unknown as { commands: object }).commands = {
    onCommand: { addListener: (listener: (name: string) => void) => commandListeners.push(listener) },
  };
  return commandListeners;
}

/**
 * Ends the running worker as Chrome does: its listeners are gone, and the next worker's modules are
 * evaluated anew (nothing it held in memory, such as its timer service, carries over); what the browser
 * keeps (storage, alarms, notifications) stays. Modules the test imported itself are not touched.
 */
export function stopWorker(): void {
  const { alarms, notifications, runtime } = fakeBrowser;
  for (const event of [
    alarms.onAlarm,
    notifications.onClicked,
    notifications.onButtonClicked,
    runtime.onMessage,
  ])
    event.removeAllListeners();
  vi.resetModules();
}

/** Starts a fresh worker (stopWorker first): the extension's real worker entry, as Chrome runs it. */
export async function startWorker(): Promise<void> {
  stopWorker();
  const { default: background } = await import('@/entrypoints/background');
  background.main();
}

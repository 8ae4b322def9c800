import type { Page } from 'playwright-core';

/** The timer state's storage key. */
export const stateKey = 'contrastTimerState';

/** Alert settings for the timer e2e files: a chime, nothing that repeats or opens a window. */
export const alerts = {
  sound: true,
  volume: 50,
  repeatUntilAcknowledged: false,
  speech: false,
  caregiverPopup: false,
};

/** The parts of the stored timer state the e2e files read. */
export interface StoredState {
  status: string;
  endsAt?: number;
  missedAt?: number;
  session?: {
    id: string;
    stepIndex: number;
    alert: { id: number; kind: string; raisedAt: number; chimes: number } | null;
  };
}

/** The notification id of the state's pending alert (each alert has its own). */
export const alertNotification = (state: StoredState) =>
  `contrast-timer-alert:${state.session?.id}#${state.session?.alert?.id}`;

/** The ids of the timer's alert notifications showing now. */
export const shownAlerts = (page: Page) =>
  page.evaluate(async () =>
    Object.keys(await chrome.notifications.getAll()).filter((id) => id.startsWith('contrast-timer-alert:')),
  );

/** Writes the synced settings from an extension page, as the settings forms would. */
export async function setSettings(page: Page, timer: object, alert: object) {
  await page.evaluate(
    ([timerSettings, alertSettings]) =>
      chrome.storage.sync.set({ contrastTimerSettings: timerSettings, contrastAlertSettings: alertSettings }),
    [timer, alert] as const,
  );
}

/** The stored timer state, read from an extension page. */
export const readState = (page: Page) =>
  page.evaluate(async (key) => (await chrome.storage.local.get(key))[key], stateKey) as Promise<StoredState>;

/** Polls storage from an extension page (never sleeps blindly) until `test` holds. */
export async function waitForState(page: Page, test: (s: StoredState) => boolean, timeoutMs = 8000) {
  const started = Date.now();
  for (;;) {
    const state = await readState(page);
    if (state && test(state)) return state;
    if (Date.now() - started > timeoutMs)
      throw new Error(`timer state never matched; last: ${JSON.stringify(state)}`);
    await page.waitForTimeout(20);
  }
}

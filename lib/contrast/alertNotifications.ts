import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { richNotifications } from '@/lib/platform/notifications';

/**
 * The timer's alert notifications: `contrast-timer-alert:<session id>#<alert id>`, one id per alert, so a
 * new worker can tell whether an alert's notification is already showing (and not show it twice), and a
 * new alert pops up as new instead of silently updating the old one. One shows at a time: the worker
 * takes the others down.
 */
const alertNotificationPrefix = 'contrast-timer-alert:';

/** The notification id of one alert (`key`: `<session id>#<alert id>`). */
export const alertNotificationId = (key: string) => `${alertNotificationPrefix}${key}`;

/** Whether a notification id is one of the timer's alerts (for its Done / Stop buttons). */
export const isAlertNotification = (id: string) => id.startsWith(alertNotificationPrefix);

/** Ids of the timer's alert notifications now showing (none if the browser cannot tell). Never throws. */
export async function shownAlertNotifications(): Promise<string[]> {
  const shown = await browser.notifications.getAll().catch(() => ({}));
  return Object.keys(shown).filter(isAlertNotification);
}

/**
 * Shows the notification of the alert `key` (`<session id>#<alert id>`). Chrome: Done / Stop buttons,
 * stays until dealt with. Firefox: plain. Never throws.
 */
export async function showAlertNotification(key: string, title: string, message: string): Promise<void> {
  try {
    const base = {
      type: 'basic' as const,
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    };
    await browser.notifications.create(
      alertNotificationId(key),
      richNotifications()
        ? ({
            ...base,
            requireInteraction: true,
            priority: 2,
            buttons: [{ title: t('timerDone') }, { title: t('timerStop') }],
          } as typeof base)
        : base,
    );
  } catch (error) {
    console.error('Spasm Relief: could not show the notification', error);
  }
}

/** A notice beside the timer alert (it never replaces one): e.g. the timer cannot save its progress. */
export async function showNoticeNotification(title: string, message: string): Promise<void> {
  try {
    await browser.notifications.create('contrast-timer-notice', {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    });
  } catch (error) {
    console.error('Spasm Relief: could not show the notification', error);
  }
}

/**
 * Takes the timer's alert notifications down: all of them (after acknowledgement), or all but the one of
 * the alert `keep` (older alerts a stopped worker left up). Never throws.
 */
export async function clearAlertNotifications(keep?: string): Promise<void> {
  const kept = keep && alertNotificationId(keep);
  for (const id of await shownAlertNotifications()) {
    if (id !== kept) await browser.notifications.clear(id).catch(() => undefined);
  }
}

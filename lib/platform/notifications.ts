import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

/** One notification at a time for the timer: a new alert replaces the old one. */
export const alertNotificationId = 'contrast-timer-alert';

/** Whether notifications support buttons and requireInteraction (Chrome), not Firefox. */
function richNotifications(): boolean {
  return !browser.runtime.getURL('').startsWith('moz-extension:');
}

/** Shows the timer alert. Chrome: Done / Stop buttons, stays until dealt with. Firefox: plain. */
export async function showAlertNotification(title: string, message: string): Promise<void> {
  try {
    const base = {
      type: 'basic' as const,
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    };
    await browser.notifications.create(
      alertNotificationId,
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

/** Takes the timer alert down (after acknowledgement). */
export async function clearAlertNotification(): Promise<void> {
  try {
    await browser.notifications.clear(alertNotificationId);
  } catch {
    // Already gone.
  }
}

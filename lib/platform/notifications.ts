import { browser } from 'wxt/browser';

/** Whether notifications support buttons and requireInteraction (Chrome), not Firefox. */
export function richNotifications(): boolean {
  return !browser.runtime.getURL('').startsWith('moz-extension:');
}

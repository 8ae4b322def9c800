import { browser } from 'wxt/browser';
import { openPanelNow } from '@/lib/lookup/openPanel';
import { requestCrampNow } from './request';

/** The keyboard command's name (wxt.config.ts `commands`). */
export const crampNowCommand = 'cramp-now';

/**
 * The "Cramp now" command from anywhere in the browser: opens the panel (inside the key press's
 * gesture, before any await) and asks it to start the flow. Register synchronously in the worker's
 * main. Kept small: it is in the worker, whose size has a budget. Browsers without keyboard commands
 * (Firefox for Android) have the panel's button.
 */
export function registerCrampNowCommand(): void {
  try {
    browser.commands.onCommand.addListener((command, tab) => {
      if (command !== crampNowCommand) return;
      void openPanelNow(tab?.windowId);
      requestCrampNow().catch(console.error);
    });
  } catch (error) {
    console.error(error);
  }
}

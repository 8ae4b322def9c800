import { browser } from 'wxt/browser';

/** Sets the toolbar badge for all tabs (no tabId); empty text clears it. Never throws. */
export async function setBadge(text: string, color: string, title: string): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  try {
    await action.setBadgeText({ text });
    if (text) await action.setBadgeBackgroundColor({ color });
    await action.setTitle({ title });
  } catch (error) {
    console.error('Spasm Relief: could not set the badge', error);
  }
}

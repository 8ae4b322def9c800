import { browser } from 'wxt/browser';

/**
 * Makes the toolbar icon open the panel: Chrome's side panel through its own behaviour flag,
 * Firefox's sidebar by toggling it on click (Firefox has no sidePanel API).
 */
export function configurePanelOpening(): void {
  const sidePanel = (browser as { sidePanel?: typeof browser.sidePanel }).sidePanel;
  if (sidePanel?.setPanelBehavior) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
      console.error('Spasm Relief: could not set the side panel behaviour', error);
    });
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  const action = browser.action ?? browser.browserAction;
  if (sidebar && action) {
    // Must stay synchronous up to toggle(): Firefox only opens the sidebar inside the user gesture.
    action.onClicked.addListener(() => {
      void sidebar.toggle();
    });
  }
}

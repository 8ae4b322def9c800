import { browser } from 'wxt/browser';

type SidePanelApi = { open(options: { windowId?: number; tabId?: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };

/**
 * Opens the side panel (Chrome, Edge) or the sidebar (Firefox). Call it synchronously inside the
 * user's gesture, before any await: both browsers refuse to open the panel once the gesture is gone.
 * Resolves false when the browser refused.
 */
export function openPanelNow(windowId?: number): Promise<boolean> {
  try {
    const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
    if (sidePanel?.open) {
      const options = typeof windowId === 'number' && windowId >= 0 ? { windowId } : undefined;
      if (!options) return Promise.resolve(false);
      return sidePanel.open(options).then(
        () => true,
        (error: unknown) => {
          console.warn('Spasm Relief: the panel did not open', error);
          return false;
        },
      );
    }
    const sidebar = (browser as unknown as { sidebarAction?: SidebarApi }).sidebarAction;
    if (sidebar?.open)
      return sidebar.open().then(
        () => true,
        () => false,
      );
  } catch (error) {
    console.warn('Spasm Relief: the panel did not open', error);
  }
  return Promise.resolve(false);
}

/** The finder in a normal extension tab, for browsers or moments where the panel cannot open. */
export function lookupPageUrl(query: string): string {
  const base = (browser.runtime.getURL as (path: string) => string)('/sidepanel.html');
  return `${base}?lookup=${encodeURIComponent(query)}`;
}

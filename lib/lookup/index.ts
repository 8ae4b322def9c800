import { browser } from 'wxt/browser';
import { createLookupMenu, type LookupMenuClick, onLookupMenuClicked } from './contextMenu';
import { defaultSuggestion, lookupSuggestions, onOmniboxEntered, onOmniboxStarted } from './omnibox';

/**
 * Registers the context-menu and omnibox listeners. Call synchronously in the worker's main, so
 * events that start the worker find their listeners.
 */
export function registerLookupListeners(): void {
  browser.runtime.onInstalled.addListener(() => {
    void createLookupMenu();
  });
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    void onLookupMenuClicked(info as LookupMenuClick, tab);
  });
  const omnibox = browser.omnibox;
  if (omnibox) {
    omnibox.onInputStarted.addListener(onOmniboxStarted);
    omnibox.onInputChanged.addListener((text, suggest) => {
      omnibox.setDefaultSuggestion({ description: defaultSuggestion(text) });
      suggest(lookupSuggestions(text));
    });
    omnibox.onInputEntered.addListener((text, disposition) => {
      void onOmniboxEntered(text, disposition);
    });
  }
  // The e2e suite cannot fake a real menu click or omnibox typing, so it calls the same handlers.
  // The worker's global is unreachable from web pages, so this exposes nothing to them.
  (globalThis as { spasmReliefLookup?: unknown }).spasmReliefLookup = {
    onLookupMenuClicked,
    onOmniboxEntered,
    lookupSuggestions,
    defaultSuggestion,
  };
}

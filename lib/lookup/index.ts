import { browser } from 'wxt/browser';
import type { Finder } from '@/lib/muscles/finder/engine';
import { onLanguageChange } from '@/lib/settings/language';
import {
  createLookupMenu,
  type LookupMenuClick,
  onLookupMenuClicked,
  retitleLookupMenu,
} from './contextMenu';
import { loadedFinder, loadFinder } from './finderSource';
import { defaultSuggestion, lookupSuggestions, onOmniboxEntered, onOmniboxStarted } from './omnibox';

/**
 * Registers the context-menu and omnibox listeners. Call synchronously in the worker's main, so
 * events that start the worker find their listeners.
 */
export function registerLookupListeners(): void {
  browser.runtime.onInstalled.addListener(() => {
    void createLookupMenu();
  });
  // The menu's title is set once, so it follows a change of language (here or synced) by hand.
  onLanguageChange(() => void retitleLookupMenu());
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    void onLookupMenuClicked(info as LookupMenuClick, tab);
  });
  const omnibox = browser.omnibox;
  if (omnibox) {
    omnibox.onInputStarted.addListener(() => {
      onOmniboxStarted();
      // Read the finder's data as the user enters `cramp `, before the first keystroke: not at every
      // worker start, where building its index (some 30 ms) would hold up the alarm that woke it.
      loadFinder().catch((error: unknown) => console.error('Spasm Relief: could not load the finder', error));
    });
    omnibox.onInputChanged.addListener((text, suggest) => {
      const answer = (finder: Finder) => {
        omnibox.setDefaultSuggestion({ description: defaultSuggestion(text, finder) });
        suggest(lookupSuggestions(text, finder));
      };
      const finder = loadedFinder();
      // The very first keystroke after a worker start may come before the data: answer once it is in.
      if (finder) answer(finder);
      else
        loadFinder()
          .then(answer)
          .catch((error: unknown) => console.error('Spasm Relief: could not load the finder', error));
    });
    omnibox.onInputEntered.addListener((text, disposition) => {
      void onOmniboxEntered(text, disposition);
    });
  }
}

import { setLanguage } from '@/lib/i18n';
import { appearanceStorage, loadAppearance } from './storage';

// The language setting drives lib/i18n from here, so i18n stays pure lookup with no storage.

/**
 * Loads the language from the user's settings. The service worker awaits this at the start of each
 * event handler (notifications, badge, menus) so its texts follow the setting too; it is cheap to
 * call again (one storage read, the catalogue is cached).
 */
export async function initI18n(): Promise<void> {
  await setLanguage((await loadAppearance()).value.language);
}

/**
 * Calls `onChange` once the language setting has changed (here or in another synced browser) and its
 * texts are loaded: for text the worker set once, such as context menu titles. Registers its listener
 * synchronously, so it can be called from the worker's main. Returns the function that stops it.
 */
export function onLanguageChange(onChange: () => void): () => void {
  return appearanceStorage.watchChecked((next, previous) => {
    const { language } = next.value;
    if (language === previous.value.language) return;
    void setLanguage(language).then(onChange);
  });
}

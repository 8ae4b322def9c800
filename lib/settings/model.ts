import { signal } from '@preact/signals';
import { activeLanguageCode, activeTextDirection, setLanguage, t } from '@/lib/i18n';
import { type AppearanceField, type AppearanceSettings, defaultAppearance } from './appearance';
import { applyAppearance } from './apply';
import { appearanceStorage, loadAppearance, saveAppearance } from './storage';

/** What went wrong reading or applying the settings: the settings view turns each into a notice. */
export interface AppearanceIssues {
  /** Fields whose stored value was unreadable and now show their default. */
  corruptFields: AppearanceField[];
  /** Sync storage did not answer: defaults are shown, nothing was overwritten. */
  readFailed: boolean;
  /** The chosen language's catalogue did not load: the browser's language is shown. */
  languageFailed: boolean;
}

/** The appearance settings in effect on this page (one panel, one set: a module-level model). */
export const appearance = signal<AppearanceSettings>({ ...defaultAppearance });
/** Problems to tell the user about; all false/empty when everything is fine. */
export const appearanceIssues = signal<AppearanceIssues>({
  corruptFields: [],
  readFailed: false,
  languageFailed: false,
});

let pageRoot: HTMLElement | undefined;

/** Labels the page with the language t() answers in now: `lang`, `dir` and the window title. */
export function applyPageLanguage(root: HTMLElement): void {
  root.lang = activeLanguageCode();
  root.dir = activeTextDirection();
  document.title = t('extName');
}

/** Applies theme, text size and language to the page; resolves false when the language failed. */
async function show(settings: AppearanceSettings): Promise<boolean> {
  if (!pageRoot) return true;
  applyAppearance(pageRoot, settings);
  const languageLoaded = await setLanguage(settings.language);
  applyPageLanguage(pageRoot);
  appearanceIssues.value = { ...appearanceIssues.value, languageFailed: !languageLoaded };
  return languageLoaded;
}

/**
 * Reads the settings and applies them to `root` (call before the first render so the panel never
 * flashes the wrong theme or language), then follows changes made elsewhere (another panel, another
 * synced browser). Returns the function that stops following.
 */
export async function startAppearance(root: HTMLElement): Promise<() => void> {
  pageRoot = root;
  const { value: settings, problems, failed } = await loadAppearance();
  appearance.value = settings;
  appearanceIssues.value = { corruptFields: problems, readFailed: !!failed, languageFailed: false };
  await show(settings);
  return appearanceStorage.watchChecked(({ value: settings, problems }) => {
    appearance.value = settings;
    appearanceIssues.value = { ...appearanceIssues.value, corruptFields: problems };
    void show(settings);
  });
}

/**
 * Changes some settings: applied at once, then saved to sync. When sync refuses the write (quota,
 * too many writes a minute), the previous settings come back and this resolves false.
 */
export async function changeAppearance(patch: Partial<AppearanceSettings>): Promise<boolean> {
  const previous = appearance.value;
  let base = previous;
  // Settings that could not be read are still stored: read again rather than overwrite them.
  if (appearanceIssues.value.readFailed) {
    const again = await loadAppearance();
    if (!again.failed) base = again.value;
  }
  const next = { ...base, ...patch };
  appearance.value = next;
  await show(next);
  try {
    await saveAppearance(next);
  } catch (error) {
    console.warn('Settings could not be saved; keeping the previous ones.', error);
    appearance.value = previous;
    await show(previous);
    return false;
  }
  // A full valid object is stored now, so no field is unreadable any more.
  appearanceIssues.value = { ...appearanceIssues.value, corruptFields: [], readFailed: false };
  return true;
}

import { type AppearanceSettings, type Language, normalizeAppearance } from './appearance';

/**
 * From this text size the panel lays out as it does under browser zoom past 120 % (MethodStrip.css):
 * the 360 px panel then holds what 300 px holds at 100 %.
 */
const largeTextFrom = 120;

/** Where the page keeps the last applied theme, size and language, for the next start's first frame. */
const startCacheKey = 'spasmRelief.appearance';

/**
 * Puts theme and text size on the page's root element: `data-theme` picks a token set in
 * components/panel/App.css (none for `system`, which keeps the prefers-color-scheme default) and
 * `--text-scale` feeds the root font size, so every rem-based size follows; `data-large-text` switches
 * the layout the way browser zoom does.
 */
export function applyAppearance(
  root: HTMLElement,
  settings: Pick<AppearanceSettings, 'theme' | 'textSize'> & { language?: Language },
): void {
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  root.style.setProperty('--text-scale', String(settings.textSize / 100));
  if (settings.textSize >= largeTextFrom) root.dataset.largeText = '';
  else delete root.dataset.largeText;
  try {
    localStorage.setItem(
      startCacheKey,
      JSON.stringify({ theme: settings.theme, textSize: settings.textSize, language: settings.language }),
    );
  } catch {
    // No localStorage (private mode, quota): the next start just waits for sync storage.
  }
}

/**
 * Applies the theme and size this page used last time, synchronously, so a dark or high-contrast
 * user never sees a white frame while sync storage answers. Sync storage stays the truth: the
 * settings read from it are applied right after. Returns the language the page showed last time, or
 * undefined when the cache does not say (first start, a cache from an older version, unreadable).
 */
export function applyLastAppearance(root: HTMLElement): Language | undefined {
  try {
    const stored = localStorage.getItem(startCacheKey);
    if (stored === null) return undefined;
    const cached = normalizeAppearance(JSON.parse(stored));
    applyAppearance(root, cached.settings);
    return cached.problems.includes('language') ? undefined : cached.settings.language;
  } catch {
    // Unreadable cache: keep the stylesheet's defaults.
    return undefined;
  }
}

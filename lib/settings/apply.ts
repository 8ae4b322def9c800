import type { AppearanceSettings } from './appearance';

/**
 * Puts theme and text size on the page's root element: `data-theme` picks a token set in
 * components/App.css (none for `system`, which keeps the prefers-color-scheme default) and
 * `--text-scale` feeds the root font size, so every rem-based size follows.
 */
export function applyAppearance(
  root: HTMLElement,
  settings: Pick<AppearanceSettings, 'theme' | 'textSize'>,
): void {
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  root.style.setProperty('--text-scale', String(settings.textSize / 100));
}

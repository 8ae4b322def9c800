import { render } from 'preact';
import { App } from '@/components/panel/App';
import { onShortcutKey } from '@/components/panel/shortcuts';
import { preloadLanguage } from '@/lib/i18n';
import { applyLastAppearance } from '@/lib/settings/apply';
import { applyPageLanguage, startAppearance } from '@/lib/settings/model';

// The panel never flashes the wrong colours or language: theme and text size this page showed last
// time are applied at once, then startAppearance reads the settings (sync storage stays the truth),
// applies them and follows changes; it never throws and gives up on a slow sync area quickly.
// Keys 1–4, C and L work from the moment the page runs, before the first render.
document.addEventListener('keydown', onShortcutKey);

const root = document.documentElement;
const lastLanguage = applyLastAppearance(root);
const settingsApplied = startAppearance(root).catch((error) =>
  console.error('Appearance settings failed; showing the defaults.', error),
);

function renderPanel(): void {
  const app = document.getElementById('app');
  if (app) render(<App />, app);
}

if (lastLanguage === 'auto') {
  // The browser's language needs no catalogue and is what this page showed last time: render without
  // waiting for sync storage's round trips (some 15 ms at every start). A change made meanwhile in
  // another synced browser arrives a moment later and re-renders what it changes. Rendered at the start
  // of the page's first frame, so that frame already shows the panel (a task of its own came after a
  // first, empty frame: ~5 ms later on screen) and the load event does not wait for it. A page that
  // gets no frames (hidden) renders on the timeout.
  applyPageLanguage(root);
  let rendered = false;
  const renderOnce = () => {
    if (rendered) return;
    rendered = true;
    renderPanel();
  };
  requestAnimationFrame(renderOnce);
  setTimeout(renderOnce, 100);
} else {
  // A chosen language (or no cache yet): render once its texts are in. The catalogue last shown starts
  // loading now, alongside the settings read, instead of after it.
  if (lastLanguage) preloadLanguage(lastLanguage);
  void settingsApplied.then(renderPanel);
}

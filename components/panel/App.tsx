import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { currentView } from '@/lib/navigation';
import { AccessMount } from '../access/AccessMount';
import { CrampNowButton } from '../cramp/CrampNowButton';
import { useFinderLookup } from '../finder/FinderLookup';
import { LogCrampButton } from '../log/LogCrampButton';
import { MethodStrip } from '../techniques/MethodStrip';
import { afterMethodsPainted } from './paintedMark';
import { SectionNav } from './SectionNav';
import { preloadViews, renderView } from './views';
import './App.css';

function CurrentView() {
  return <>{renderView(currentView.value)}</>;
}

/** Above this share of the window the pinned part stops following the scroll (App.css). */
const maxPinnedShare = 0.3;

/**
 * Keeps `--pinned-height` on the root at the pinned header's height while it is pinned (it changes
 * with text size, language and window size): App.css turns it into scroll-padding, so a control that
 * takes focus or is scrolled to is never left under the pinned part. A header taller than
 * `maxPinnedShare` of the window (a large browser font size) is marked `data-pinned-tall` and no
 * longer pinned, so it can never cover most of the view.
 */
function usePinnedHeight() {
  const header = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const element = header.current;
    if (!element) return;
    const root = document.documentElement;
    const update = () => {
      const height = element.offsetHeight;
      root.toggleAttribute('data-pinned-tall', height > innerHeight * maxPinnedShare);
      const pinned = getComputedStyle(element).position === 'sticky';
      root.style.setProperty('--pinned-height', `${pinned ? height : 0}px`);
    };
    update();
    addEventListener('resize', update);
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    observer?.observe(element);
    return () => {
      removeEventListener('resize', update);
      observer?.disconnect();
    };
  }, []);
  return header;
}

/** The side panel: the pinned methods, "Cramp now", "Log a cramp" and the menu, and the current view. */
export function App() {
  // A lookup from the context menu or omnibox opens the finder on it.
  useFinderLookup();
  // Fetch the other views' code so the first tap on them is instant, but only once the frame with the
  // methods has been presented and the panel is idle: the load event came 30–40 ms before first paint
  // here, so preloading on load fetched view chunks before the first screen was drawn.
  useEffect(() => {
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    return afterMethodsPainted(() => idle(() => void preloadViews()));
  }, []);

  const header = usePinnedHeight();

  return (
    <>
      <a class="skip-link" href="#main">
        {t('appSkipToContent')}
      </a>
      <header class="app-header" ref={header}>
        <MethodStrip />
        <div class="pinned-actions">
          <CrampNowButton />
          <LogCrampButton />
          <SectionNav />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <CurrentView />
      </main>
      <AccessMount />
    </>
  );
}

import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { currentView } from '@/lib/navigation';
import { AccessMount } from '../access/AccessMount';
import { CrampNowButton } from '../cramp/CrampNowButton';
import { crampNowStarts } from '../cramp/crampNowStart';
import { useFinderLookup } from '../finder/FinderLookup';
import { LogCrampButton } from '../log/LogCrampButton';
import { MethodStrip } from '../techniques/MethodStrip';
import { QuickPicker } from '../techniques/QuickPicker';
import { TechniqueDetail } from '../techniques/TechniqueDetail';
import { HomeView } from './HomeView';
import { lazyView } from './lazyView';
import { afterMethodsPainted } from './paintedMark';
import { SectionNav } from './SectionNav';
import './App.css';

// Views off the first screen load on first use: the first paint carries the methods, home and details.
const TimerView = lazyView(() => import('../timer/TimerView').then((m) => m.TimerView));
const FinderView = lazyView(() => import('../finder/FinderView').then((m) => m.FinderView));
const LogView = lazyView(() => import('../log/LogView').then((m) => m.LogView));
const CrampNowView = lazyView(() => import('../cramp/CrampNowView').then((m) => m.CrampNowView));
const SettingsView = lazyView(() => import('../settings/SettingsView').then((m) => m.SettingsView));
const AboutView = lazyView(() => import('./AboutView').then((m) => m.AboutView));

/** The performance mark set when the views start to preload (the e2e suite checks it follows paint). */
export const viewsPreloadMark = 'views-preload';

/** Loads every lazy view's code; the panel calls it once the first screen is up. */
export function preloadViews(): Promise<unknown> {
  performance.mark(viewsPreloadMark);
  return Promise.all(
    [TimerView, FinderView, LogView, CrampNowView, SettingsView, AboutView].map((view) => view.preload()),
  );
}

function CurrentView() {
  const view = currentView.value;
  switch (view.name) {
    case 'technique':
      return <TechniqueDetail id={view.id} version={view.version} key={`${view.id}`} />;
    case 'picker':
      return <QuickPicker />;
    case 'timer':
      return <TimerView />;
    case 'finder':
      return <FinderView query={view.query} groupId={view.groupId} />;
    case 'log':
      return <LogView prefill={view.prefill} />;
    case 'crampNow':
      return <CrampNowView key={crampNowStarts.value} />;
    case 'settings':
      return <SettingsView />;
    case 'about':
      return <AboutView />;
    default:
      return <HomeView />;
  }
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

import type { ComponentChild } from 'preact';
import type { MessageKey } from '@/lib/i18n';
import type { View } from '@/lib/navigation';
import { crampNowStarts } from '../cramp/crampNowStart';
import { QuickPicker } from '../techniques/QuickPicker';
import { TechniqueDetail } from '../techniques/TechniqueDetail';
import { HomeView } from './HomeView';
import { lazyView } from './lazyView';

type ViewName = View['name'];
type ViewOf<N extends ViewName> = Extract<View, { name: N }>;

/** One view of the panel: how to draw it, its row in the section menu, and its code if it loads on first use. */
interface ViewEntry<N extends ViewName> {
  render(view: ViewOf<N>): ComponentChild;
  /** The view's label in the section menu; views without one are reached from other views. */
  menuLabel?: MessageKey;
  /** A view whose code loads on first use: loading it ahead of time makes the first tap instant. */
  code?: { preload(): Promise<unknown> };
}

// Views off the first screen load on first use: the first paint carries the methods, home and details.
const TimerView = lazyView(() => import('../timer/TimerView').then((m) => m.TimerView));
const FinderView = lazyView(() => import('../finder/FinderView').then((m) => m.FinderView));
const LogView = lazyView(() => import('../log/LogView').then((m) => m.LogView));
const CrampNowView = lazyView(() => import('../cramp/CrampNowView').then((m) => m.CrampNowView));
const SettingsView = lazyView(() => import('../settings/SettingsView').then((m) => m.SettingsView));
const AboutView = lazyView(() => import('./AboutView').then((m) => m.AboutView));

/**
 * Every view the panel shows, in the order the section menu lists them: the view switch, the menu and
 * preloading all read this one list.
 */
export const views: { [N in ViewName]: ViewEntry<N> } = {
  home: { menuLabel: 'navHome', render: () => <HomeView /> },
  picker: { menuLabel: 'navPicker', render: () => <QuickPicker /> },
  finder: {
    menuLabel: 'navFinder',
    code: FinderView,
    render: (view) => <FinderView query={view.query} groupId={view.groupId} />,
  },
  timer: { menuLabel: 'navTimer', code: TimerView, render: () => <TimerView /> },
  log: { menuLabel: 'navLog', code: LogView, render: (view) => <LogView prefill={view.prefill} /> },
  settings: { menuLabel: 'navSettings', code: SettingsView, render: () => <SettingsView /> },
  about: { menuLabel: 'navAbout', code: AboutView, render: () => <AboutView /> },
  technique: {
    render: (view) => <TechniqueDetail id={view.id} version={view.version} key={view.id} />,
  },
  // Keyed by the number of starts, so each press of "Cramp now" starts the flow afresh.
  crampNow: { code: CrampNowView, render: () => <CrampNowView key={crampNowStarts.value} /> },
};

/** Draws the view `view` names. */
export function renderView(view: View): ComponentChild {
  return (views[view.name].render as (view: View) => ComponentChild)(view);
}

/** The section menu's rows, in order. */
export const menuViews = (Object.keys(views) as ViewName[]).flatMap((name) => {
  const label = views[name].menuLabel;
  return label ? [{ name, label }] : [];
});

/** The performance mark set when the views start to preload (the e2e suite checks it follows paint). */
export const viewsPreloadMark = 'views-preload';

/** Loads every lazy view's code; the panel calls it once the first screen is up. */
export function preloadViews(): Promise<unknown> {
  performance.mark(viewsPreloadMark);
  return Promise.all(Object.values(views).map((entry) => entry.code?.preload()));
}

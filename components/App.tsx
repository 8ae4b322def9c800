import { useEffect } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { currentView, navigate } from '@/lib/navigation';
import { techniqueIds } from '@/lib/techniques/data';
import { AboutView } from './AboutView';
import { useFinderLookup } from './FinderLookup';
import { FinderView } from './FinderView';
import { HomeView } from './HomeView';
import { LogCrampButton } from './LogCrampButton';
import { LogView } from './LogView';
import { MethodStrip } from './MethodStrip';
import { QuickPicker } from './QuickPicker';
import { SectionNav } from './SectionNav';
import { SettingsView } from './SettingsView';
import { TechniqueDetail } from './TechniqueDetail';
import { TimerView } from './TimerView';
import './App.css';

/** Keys 1–4 open a method, unless the user is typing into a field. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
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
    case 'settings':
      return <SettingsView />;
    case 'about':
      return <AboutView />;
    default:
      return <HomeView />;
  }
}

/** The side panel: pinned method strip, section nav, and the current view. */
export function App() {
  // A lookup from the context menu or omnibox opens the finder on it.
  useFinderLookup();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      const index = Number(event.key) - 1;
      const id = techniqueIds[index];
      if (id) {
        event.preventDefault();
        navigate({ name: 'technique', id });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <a class="skip-link" href="#main">
        {t('appSkipToContent')}
      </a>
      <header class="app-header">
        <MethodStrip />
        <LogCrampButton />
      </header>
      <SectionNav />
      <main id="main" tabIndex={-1}>
        <CurrentView />
      </main>
    </>
  );
}

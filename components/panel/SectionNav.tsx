import type { MessageKey } from '@/lib/i18n';
import { t } from '@/lib/i18n';
import { currentView, navigate, type View } from '@/lib/navigation';

/** The sections of the panel, in the order they appear in the nav bar. */
const sections: { view: View; labelKey: MessageKey }[] = [
  { view: { name: 'home' }, labelKey: 'navHome' },
  { view: { name: 'picker' }, labelKey: 'navPicker' },
  { view: { name: 'finder' }, labelKey: 'navFinder' },
  { view: { name: 'timer' }, labelKey: 'navTimer' },
  { view: { name: 'log' }, labelKey: 'navLog' },
  { view: { name: 'settings' }, labelKey: 'navSettings' },
  { view: { name: 'about' }, labelKey: 'navAbout' },
];

/** Big, always-visible section buttons: no menus, nothing behind hover. */
export function SectionNav() {
  const name = currentView.value.name;
  return (
    <nav class="section-nav" aria-label={t('navLabel')}>
      <ul>
        {sections.map(({ view, labelKey }) => (
          <li key={view.name}>
            <button
              type="button"
              aria-current={name === view.name ? 'page' : undefined}
              onClick={() => navigate(view)}
            >
              {t(labelKey)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

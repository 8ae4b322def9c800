import { t } from '@/lib/i18n';
import { ViewHeading } from './ViewHeading';

/** Placeholder until this view lands: a heading and an honest "being built" line, never a dead end. */
export function SettingsView(_props: Record<string, unknown>) {
  return (
    <section aria-labelledby="settingsSection-title">
      <ViewHeading id="settingsSection-title">{t('settingsSection')}</ViewHeading>
      <p>{t('comingSoon')}</p>
    </section>
  );
}

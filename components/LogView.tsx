import { t } from '@/lib/i18n';
import { ViewHeading } from './ViewHeading';

/** Placeholder until this view lands: a heading and an honest "being built" line, never a dead end. */
export function LogView(_props: Record<string, unknown>) {
  return (
    <section aria-labelledby="logSection-title">
      <ViewHeading id="logSection-title">{t('logSection')}</ViewHeading>
      <p>{t('comingSoon')}</p>
    </section>
  );
}

import { t } from '@/lib/i18n';
import { ViewHeading } from './ViewHeading';

/** Placeholder until this view lands: a heading and an honest "being built" line, never a dead end. */
export function FinderView(_props: Record<string, unknown>) {
  return (
    <section aria-labelledby="finderSection-title">
      <ViewHeading id="finderSection-title">{t('finderSection')}</ViewHeading>
      <p>{t('comingSoon')}</p>
    </section>
  );
}

import { t } from '@/lib/i18n';
import { ViewHeading } from './ViewHeading';

/** Placeholder until this view lands: a heading and an honest "being built" line, never a dead end. */
export function TimerView(_props: Record<string, unknown>) {
  return (
    <section aria-labelledby="timerSection-title">
      <ViewHeading id="timerSection-title">{t('timerSection')}</ViewHeading>
      <p>{t('comingSoon')}</p>
    </section>
  );
}

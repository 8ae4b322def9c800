import { t } from '@/lib/i18n';
import { techniques } from '@/lib/techniques/data';
import { SourcesDisclosure } from '../common/SourcesDisclosure';

// Who must not use contrast, and that cold may bring cramps on: the method view's own cautions, so
// someone who opens the timer directly reads them too.
const shownCautions = ['contrast_caution_3', 'contrast_caution_4'] as const;
const cautions = techniques.contrast.cautions.filter((caution) =>
  (shownCautions as readonly string[]).includes(caution.key),
);

/** The contrast cautions, shown just above Start before a session begins (the skin checks follow). */
export function TimerCautions() {
  return (
    <section class="timer-cautions" aria-labelledby="timer-cautions-title" data-testid="timer-cautions">
      <h3 id="timer-cautions-title">{t('timerCautionsTitle')}</h3>
      <ul>
        {cautions.map((caution) => (
          <li key={caution.key}>{t(caution.key)}</li>
        ))}
      </ul>
      <SourcesDisclosure items={cautions} />
    </section>
  );
}

import { t } from '@/lib/i18n';
import { navigate, type StepsVersion } from '@/lib/navigation';
import { clinicianAdvice, type TechniqueId, techniques } from '@/lib/techniques/data';
import { SourcesDisclosure } from '../common/SourcesDisclosure';
import { ViewHeading } from '../common/ViewHeading';
import { MethodIcon } from './MethodIcon';
import './TechniqueDetail.css';

/**
 * One method in full: what you need, numbered steps (self or caregiver), cautions, when to call. Each
 * part ends in a small Sources disclosure, so the steps read without a citation after each one.
 */
export function TechniqueDetail({ id, version = 'self' }: { id: TechniqueId; version?: StepsVersion }) {
  const technique = techniques[id];
  const steps = version === 'caregiver' ? technique.caregiverSteps : technique.selfSteps;
  const setVersion = (next: StepsVersion) => navigate({ name: 'technique', id, version: next });
  return (
    <article class="technique-detail" data-technique={id} aria-labelledby="technique-title">
      <ViewHeading id="technique-title" key={id}>
        <MethodIcon id={id} /> {t(technique.nameKey)}
      </ViewHeading>
      <p class="lead">{t(technique.howKey)}</p>
      {technique.intro.map((paragraph) => (
        <p key={paragraph.key}>{t(paragraph.key)}</p>
      ))}
      {id === 'reciprocal' && (
        <p class="finder-place">
          <button type="button" class="big primary" onClick={() => navigate({ name: 'finder' })}>
            {t('finderFindOpposite')}
          </button>
        </p>
      )}
      {id === 'contrast' && (
        <p class="timer-place">
          <button type="button" class="big primary" onClick={() => navigate({ name: 'timer' })}>
            {t('timerOpen')}
          </button>
        </p>
      )}

      <h3>{t('detailNeeds')}</h3>
      <ul class="needs">
        {technique.needs.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>

      <h3 id="steps-title">{t('detailSteps')}</h3>
      <fieldset class="segmented" data-scan-group="version">
        <legend>{t('detailVersionLabel')}</legend>
        {(['self', 'caregiver'] as const).map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={version === option}
            onClick={() => setVersion(option)}
          >
            {t(option === 'self' ? 'detailVersionSelf' : 'detailVersionCaregiver')}
          </button>
        ))}
      </fieldset>
      <ol class="steps" aria-labelledby="steps-title" data-version={version}>
        {steps.map((step) => (
          <li key={step.key}>{t(step.key)}</li>
        ))}
      </ol>
      <SourcesDisclosure items={[...technique.intro, ...steps]} />

      <section class="cautions" aria-labelledby="cautions-title">
        <h3 id="cautions-title">{t('detailCautions')}</h3>
        <ul>
          {technique.cautions.map((caution) => (
            <li key={caution.key}>{t(caution.key)}</li>
          ))}
        </ul>
        <SourcesDisclosure items={technique.cautions} />
      </section>

      <section class="clinician" aria-labelledby="clinician-title">
        <h3 id="clinician-title">{t('detailClinician')}</h3>
        <ul>
          {technique.clinician.map((adviceId) => {
            const advice = clinicianAdvice[adviceId];
            return <li key={adviceId}>{t(advice.key)}</li>;
          })}
        </ul>
        <SourcesDisclosure items={technique.clinician.map((adviceId) => clinicianAdvice[adviceId])} />
      </section>
    </article>
  );
}

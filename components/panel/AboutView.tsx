import { type SourceId, sources } from '@/lib/content/sources';
import { t } from '@/lib/i18n';
import { SourcesDisclosure } from '../common/SourcesDisclosure';
import { ViewHeading } from '../common/ViewHeading';

/**
 * Not medical advice, when to see a physician, twitching and spasticity (not cramps), the mexiletine
 * study, privacy and every source.
 */
export function AboutView() {
  return (
    <article class="about" aria-labelledby="about-title">
      <ViewHeading id="about-title">{t('aboutTitle')}</ViewHeading>
      <p class="notice">
        <strong>{t('aboutNotAdvice')}</strong>
      </p>
      <p>
        <strong>{t('aboutConsult')}</strong>
      </p>
      <p>{t('aboutEvidence')}</p>
      <SourcesDisclosure
        items={[
          { key: 'aboutConsult', sources: ['S1', 'S56'] },
          { key: 'aboutEvidence', sources: ['S66', 'S48', 'S50'] },
        ]}
      />
      <h3>{t('aboutCrampKindsTitle')}</h3>
      <p>{t('aboutTwitching')}</p>
      <p>{t('spasticityNote')}</p>
      <SourcesDisclosure
        items={[
          { key: 'aboutTwitching', sources: ['S36'] },
          { key: 'spasticityNote', sources: ['S38', 'S68', 'S78'] },
        ]}
      />
      <h3>{t('aboutMedicationTitle')}</h3>
      <p>{t('aboutMexiletine')}</p>
      <p class="citation">{t('aboutMexiletineCitation')}</p>
      <p>{t('aboutQuinine')}</p>
      <SourcesDisclosure
        items={[
          { key: 'aboutMexiletine', sources: ['S1', 'S57', 'S58', 'S81'] },
          { key: 'aboutQuinine', sources: ['S64', 'S65'] },
        ]}
      />
      <h3>{t('aboutPrivacyTitle')}</h3>
      <p>{t('aboutPrivacy')}</p>
      <h3>{t('aboutSourcesTitle')}</h3>
      <p>{t('aboutPostCredit')}</p>
      <ol class="sources">
        {(Object.keys(sources) as SourceId[]).map((id) => (
          <li key={id} id={`source-${id}`} value={Number(id.slice(1))}>
            <span class="source-id">{id}</span> {sources[id]}
          </li>
        ))}
      </ol>
    </article>
  );
}

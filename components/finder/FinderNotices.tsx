import { t } from '@/lib/i18n';
import type { FinderResult } from '@/lib/muscles/finder/find';
import { SourcesDisclosure } from '../common/SourcesDisclosure';

/**
 * What the finder says before any card: the emergency messages (chest pain, breathing or swallowing
 * trouble; a back spasm with saddle numbness or bladder or bowel trouble), that twitching is not a
 * cramp, the out-of-scope explanation, or a clear "no match". The emergency ones are alerts.
 */
export function FinderNotices({
  result,
  query,
  showNoMatch,
}: {
  result: FinderResult;
  query: string;
  showNoMatch: boolean;
}) {
  return (
    <>
      {result.emergency && (
        <div class="finder-emergency" role="alert" data-notice="emergency">
          <h3>{t('finderEmergencyTitle')}</h3>
          <p>{t('finderEmergency')}</p>
          <SourcesDisclosure items={[{ key: 'finderEmergency', sources: ['S37', 'S39', 'S72', 'S84'] }]} />
        </div>
      )}
      {result.spinalEmergency && (
        <div class="finder-emergency" role="alert" data-notice="spinal-emergency">
          <h3>{t('finderSpinalEmergencyTitle')}</h3>
          <p>{t('finderSpinalEmergency')}</p>
          <SourcesDisclosure items={[{ key: 'finderSpinalEmergency', sources: ['S79'] }]} />
        </div>
      )}
      {result.twitching && (
        <div class="notice" data-notice="twitching">
          <h3>{t('finderTwitchTitle')}</h3>
          <p>{t('finderTwitch')}</p>
          <SourcesDisclosure items={[{ key: 'finderTwitch', sources: ['S36'] }]} />
        </div>
      )}
      {result.outOfScope && (
        <div class="notice" data-notice="out-of-scope">
          <h3>{t('finderOutOfScopeTitle')}</h3>
          <p>{t('finderOutOfScope')}</p>
        </div>
      )}
      {!result.emergency &&
        !result.spinalEmergency &&
        !result.twitching &&
        !result.outOfScope &&
        result.matches.length === 0 &&
        showNoMatch && (
          <div class="notice" data-notice="no-match">
            <h3>{t('finderNoMatchTitle')}</h3>
            <p>{t('finderNoMatch', query.length > 60 ? `${query.slice(0, 60)}…` : query)}</p>
          </div>
        )}
    </>
  );
}

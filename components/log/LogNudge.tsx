import { t } from '@/lib/i18n';
import type { NudgeCheck } from '@/lib/log/trends';

/** The calm clinic nudge: more cramps than usual lately, and the export at hand. Never an alarm. */
export function LogNudge(props: { check: NudgeCheck; onExport: () => void; onSummary: () => void }) {
  const average = Math.round(props.check.previousWeeklyAverage * 10) / 10;
  return (
    <aside class="notice log-nudge" aria-labelledby="log-nudge-title">
      <h3 id="log-nudge-title">{t('logNudgeTitle')}</h3>
      <p>{t('logNudgeText', [String(props.check.lastWeek), String(average)])}</p>
      <div class="log-row">
        <button type="button" onClick={props.onExport}>
          {t('logExportCsv')}
        </button>
        <button type="button" onClick={props.onSummary}>
          {t('logPrintSummary')}
        </button>
      </div>
    </aside>
  );
}

import { useEffect, useMemo } from 'preact/hooks';
import { skippedSuffix } from '@/lib/contrast/text';
import { t } from '@/lib/i18n';
import type { LogEntry } from '@/lib/log/entry';
import { sessionTotals } from '@/lib/log/sessions';
import { computeTrends } from '@/lib/log/trends';
import { useFocusOnMount } from '../common/useFocusOnMount';
import { LogTrendTables } from './LogTrendTables';
import { formatDay } from './logText';
import { TrendChart } from './TrendChart';
import './LogClinicSummary.css';

/**
 * The printable clinic summary of the last 30 days: counts, chart (with its table), areas and what
 * helped. Opens the print dialog once when shown; print CSS hides everything else.
 */
export function LogClinicSummary(props: { entries: readonly LogEntry[]; now: number; onClose: () => void }) {
  const trends = useMemo(() => computeTrends(props.entries, props.now, 30), [props.entries, props.now]);
  const sessions = sessionTotals(props.entries.filter((e) => e.at > props.now - 30 * 86_400_000));
  const heading = useFocusOnMount<HTMLHeadingElement>();
  useEffect(() => {
    // After the summary is painted, so the printout has it.
    const frame = requestAnimationFrame(() => window.print());
    return () => cancelAnimationFrame(frame);
  }, []);
  const first = trends.days[0]?.day ?? props.now;
  return (
    <article class="clinic-summary" aria-labelledby="clinic-summary-title">
      <div class="log-row no-print">
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('logPrint')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('logBackToLog')}
        </button>
      </div>
      <h3 id="clinic-summary-title" tabIndex={-1} ref={heading}>
        {t('logSummaryTitle')}
      </h3>
      <p>
        {t('logSummaryPeriod', [
          formatDay(first),
          formatDay(props.now),
          new Date(props.now).getFullYear().toString(),
        ])}
      </p>
      <ul>
        <li>{t('logSummaryTotal', String(trends.total))}</li>
        {trends.averageSeverity !== undefined && (
          <li>{t('logAverageSeverity', String(trends.averageSeverity))}</li>
        )}
        <li>
          {t('logSummarySessions', String(sessions.sessions))}
          {sessions.totalPhases > 0 && (
            <>
              {' · '}
              {t('logSummaryPhases', [String(sessions.phasesCompleted), String(sessions.totalPhases)])}
              {skippedSuffix(sessions.phasesSkipped)}
            </>
          )}
        </li>
      </ul>
      <TrendChart days={trends.days} title={t('logChartTitle', '30')} idPrefix="clinic" printTable />
      <LogTrendTables trends={trends} />
      <p class="log-hint">{t('logSummaryFooter')}</p>
    </article>
  );
}

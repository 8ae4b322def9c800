import { useMemo, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { LogEntry } from '@/lib/log/entry';
import { type Medicine, medicineChanges } from '@/lib/log/medicine';
import { computeTrends, type TrendWindow, trendWindows } from '@/lib/log/trends';
import { techniques } from '@/lib/techniques/data';
import { LogToggleGroup } from './LogToggleGroup';
import { LogTrendTables } from './LogTrendTables';
import { TrendChart } from './TrendChart';

/** Trends over 7 / 30 / 90 days: the chart, areas and what helped, computed from one read of 90 days. */
export function LogTrends(props: {
  entries: readonly LogEntry[];
  now: number;
  medicines: readonly Medicine[];
}) {
  const [windowDays, setWindowDays] = useState<TrendWindow>(30);
  const trends = useMemo(
    () => computeTrends(props.entries, props.now, windowDays),
    [props.entries, props.now, windowDays],
  );
  const changes = useMemo(() => medicineChanges(props.medicines), [props.medicines]);
  const best = trends.techniques[0];
  return (
    <div class="log-trends">
      <LogToggleGroup<TrendWindow>
        legend={t('logWindow')}
        options={trendWindows.map((value) => ({ value, label: t('logWindowDays', String(value)) }))}
        isPressed={(value) => value === windowDays}
        onToggle={setWindowDays}
      />
      <p class="log-total">
        {t('logWindowTotal', [String(trends.total), String(windowDays)])}
        {trends.averageSeverity !== undefined &&
          ` ${t('logAverageSeverity', String(trends.averageSeverity))}`}
      </p>
      {best && best.better > 0 && (
        <p class="log-best">
          {t('logHelpedMost', [t(techniques[best.technique].nameKey), String(best.better)])}
        </p>
      )}
      <TrendChart
        days={trends.days}
        title={t('logChartTitle', String(windowDays))}
        idPrefix="log-trend"
        markers={changes}
      />
      <LogTrendTables trends={trends} />
    </div>
  );
}

import { useMemo, useState } from 'preact/hooks';
import { t, tCount } from '@/lib/i18n';
import { compareBeforeAfter, type DiaryChange, methodStarts } from '@/lib/log/beforeAfter';
import type { LogEntry } from '@/lib/log/entry';
import { type Medicine, medicineChanges } from '@/lib/log/medicine';
import { computeTrends, type TrendWindow, trendsLookbackMs, trendWindows } from '@/lib/log/trends';
import { techniques } from '@/lib/techniques/data';
import { LogBeforeAfter } from './LogBeforeAfter';
import { LogPatterns } from './LogPatterns';
import { LogToggleGroup } from './LogToggleGroup';
import { LogTrendTables } from './LogTrendTables';
import { TrendChart } from './TrendChart';

/** Trends over 7 / 30 / 90 days: the chart, areas and what helped, computed from one read of 90 days. */
export function LogTrends(props: {
  entries: readonly LogEntry[];
  now: number;
  medicines: readonly Medicine[];
  diaryStart?: number;
}) {
  const [windowDays, setWindowDays] = useState<TrendWindow>(30);
  const trends = useMemo(
    () => computeTrends(props.entries, props.now, windowDays),
    [props.entries, props.now, windowDays],
  );
  const changes = useMemo(() => medicineChanges(props.medicines), [props.medicines]);
  const comparisons = useMemo(() => {
    const all: DiaryChange[] = [
      ...changes.map((change): DiaryChange => ({ type: 'medicine', on: change.on, change })),
      ...methodStarts(props.entries),
    ].sort((a, b) => a.on.localeCompare(b.on));
    // Complete days only: the diary's first day on, within what the view read (90 days).
    const coveredFrom = Math.max(props.diaryStart ?? props.now, props.now - trendsLookbackMs + 86_400_000);
    return compareBeforeAfter(props.entries, all, coveredFrom, props.now);
  }, [changes, props.entries, props.diaryStart, props.now]);
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
        {tCount('logWindowTotal', trends.total, [String(trends.total), String(windowDays)])}
        {trends.averageSeverity !== undefined &&
          ` ${t('logAverageSeverity', String(trends.averageSeverity))}`}
      </p>
      {best && best.better > 0 && (
        <p class="log-best">
          {tCount('logHelpedMost', best.better, [t(techniques[best.technique].nameKey), String(best.better)])}
        </p>
      )}
      <TrendChart
        days={trends.days}
        title={t('logChartTitle', String(windowDays))}
        idPrefix="log-trend"
        markers={changes}
      />
      <LogPatterns trends={trends} />
      <LogTrendTables trends={trends} />
      <LogBeforeAfter comparisons={comparisons} idPrefix="log-before-after" />
    </div>
  );
}

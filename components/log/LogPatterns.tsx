import { t } from '@/lib/i18n';
import type { LogPlace } from '@/lib/log/entry';
import { busiestTimeOfDay, heatLevel, timesOfDay } from '@/lib/log/patterns';
import type { Trends } from '@/lib/log/trends';
import { bodyMapRegions } from '@/lib/muscles/bodyMap';
import { Silhouette } from '../finder/BodyMap';
import { placeName } from './logText';
import './LogPatterns.css';

/** One view of the heat map: the finder's figure, each place's regions shaded by its count. */
export function HeatView(props: {
  view: 'front' | 'back';
  counts: ReadonlyMap<LogPlace, number>;
  max: number;
}) {
  const viewName = t(props.view === 'front' ? 'finderMapFront' : 'finderMapBack');
  return (
    <figure class="heat-map-view">
      <figcaption>{viewName}</figcaption>
      <svg viewBox="0 0 200 430" role="img" aria-label={t('logHeatMapView', viewName)}>
        <Silhouette />
        {bodyMapRegions
          .filter((region) => region.view === props.view)
          .map((region) => {
            const count = props.counts.get(region.id) ?? 0;
            return (
              <ellipse
                key={`${region.id}-${region.side ?? 'mid'}`}
                class={`heat-map-region heat-level-${heatLevel(count, props.max)}`}
                data-group={region.id}
                data-count={count}
                cx={region.cx}
                cy={region.cy}
                rx={region.rx}
                ry={region.ry}
              />
            );
          })}
      </svg>
    </figure>
  );
}

/**
 * Where and when cramps come over the chosen window: a body heat map (the numbers are in the "By body
 * area" table next to it) and cramps by time of day as a table with bars.
 */
export function LogPatterns(props: { trends: Trends; compact?: boolean }) {
  const { byPlace, byTimeOfDay, total } = props.trends;
  const counts = new Map(byPlace.map((row) => [row.place, row.count]));
  const mapped = byPlace.filter((row) => row.place !== 'unsure');
  const max = Math.max(0, ...mapped.map((row) => row.count));
  const most = mapped[0];
  const unplaced = counts.get('unsure') ?? 0;
  const busiest = busiestTimeOfDay(byTimeOfDay);
  const maxPart = Math.max(1, ...timesOfDay.map((part) => byTimeOfDay[part]));
  if (!total) return null;
  return (
    <section
      class={`log-patterns ${props.compact ? 'log-patterns-compact' : ''}`}
      aria-labelledby="log-patterns-title"
    >
      <h4 id="log-patterns-title">{t('logPatternsTitle')}</h4>
      <p class="log-patterns-subtitle">{t('logHeatMapTitle')}</p>
      {most && <p>{t('logHeatMapMost', [placeName(most.place), String(most.count)])}</p>}
      <div class="heat-map">
        <HeatView view="front" counts={counts} max={max} />
        <HeatView view="back" counts={counts} max={max} />
      </div>
      <p class="log-hint">
        {t('logHeatMapLegend')}
        {unplaced > 0 && ` ${t('logHeatMapUnplaced', String(unplaced))}`}
      </p>
      <p class="log-patterns-subtitle">{t('logTimeOfDayTitle')}</p>
      {busiest && (
        <p class="log-time-most">
          {t('logTimeOfDayMost', [t(`logTimeOfDay_${busiest}`), String(byTimeOfDay[busiest]), String(total)])}
        </p>
      )}
      <table class="trend-table log-time-of-day">
        <thead>
          <tr>
            <th scope="col">{t('logTablePartOfDay')}</th>
            <th scope="col">{t('logTableCramps')}</th>
          </tr>
        </thead>
        <tbody>
          {timesOfDay.map((part) => (
            <tr key={part}>
              <th scope="row">{t(`logTimeOfDay_${part}`)}</th>
              <td>
                <span
                  class="log-time-bar"
                  aria-hidden="true"
                  style={{ width: `${(byTimeOfDay[part] / maxPart) * 6}rem` }}
                />
                {byTimeOfDay[part]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { localDayStart, type MedicineChange } from '@/lib/log/medicine';
import type { DayCount } from '@/lib/log/trends';
import { describeMedicineChange, formatDay } from './logText';
import './TrendChart.css';

/**
 * Cramps per day as SVG bars, with a table alternative behind a button (always printed). The SVG is
 * one image with a text summary; the numbers themselves are in the table.
 */
export function TrendChart(props: {
  days: readonly DayCount[];
  title: string;
  idPrefix: string;
  printTable?: boolean;
  /** Medicine starts and stops: a line on the chart at the start of the day, and listed below it. */
  markers?: readonly MedicineChange[];
  /** List the markers under the chart (default); off where the changes are listed anyway. */
  markerList?: boolean;
}) {
  const [showTable, setShowTable] = useState(false);
  const max = Math.max(1, ...props.days.map((d) => d.count));
  const total = props.days.reduce((sum, d) => sum + d.count, 0);
  const barWidth = 10;
  const height = 100;
  const first = props.days[0];
  const last = props.days[props.days.length - 1];
  const summary = t('logChartSummary', [
    props.title,
    String(total),
    String(max === 1 && total === 0 ? 0 : max),
  ]);
  const tableId = `${props.idPrefix}-table`;
  const indexOfDay = new Map(props.days.map((d, i) => [d.day, i]));
  const markers = (props.markers ?? []).flatMap((change) => {
    const index = indexOfDay.get(localDayStart(change.on));
    return index === undefined ? [] : [{ change, index }];
  });
  return (
    <figure class="trend-chart">
      <figcaption>{props.title}</figcaption>
      <div class="trend-chart-frame">
        <span class="trend-chart-max" aria-hidden="true">
          {max}
        </span>
        <svg
          role="img"
          aria-label={summary}
          viewBox={`0 0 ${props.days.length * barWidth} ${height}`}
          preserveAspectRatio="none"
          class="trend-chart-svg"
        >
          <line x1="0" y1={height} x2={props.days.length * barWidth} y2={height} class="trend-chart-axis" />
          {props.days.map((d, i) =>
            d.count ? (
              <rect
                key={d.day}
                x={i * barWidth + 1}
                y={height - (d.count / max) * height}
                width={barWidth - 2}
                height={(d.count / max) * height}
                class="trend-chart-bar"
                data-count={d.count}
              />
            ) : null,
          )}
          {markers.map(({ change, index }) => (
            <line
              key={`${change.medicine.id}-${change.kind}`}
              x1={index * barWidth}
              y1={0}
              x2={index * barWidth}
              y2={height}
              class={`trend-chart-marker trend-chart-marker-${change.kind}`}
            />
          ))}
        </svg>
      </div>
      {first && last && (
        <p class="trend-chart-range" aria-hidden="true">
          <span>{formatDay(first.day)}</span>
          <span>{formatDay(last.day)}</span>
        </p>
      )}
      <p class="trend-chart-summary">{summary}</p>
      {markers.length > 0 && props.markerList !== false && (
        <div class="trend-chart-markers">
          <p class="trend-chart-markers-title">{t('logChartMarkers')}</p>
          <ul>
            {markers.map(({ change }) => (
              <li key={`${change.medicine.id}-${change.kind}`} class={`trend-chart-marker-${change.kind}`}>
                {describeMedicineChange(change)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <button
        type="button"
        class="no-print"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable(!showTable)}
      >
        {showTable ? t('logChartHideTable') : t('logChartShowTable')}
      </button>
      <table
        id={tableId}
        class={`trend-table ${props.printTable ? 'print-always' : ''}`}
        hidden={!showTable && !props.printTable}
      >
        <caption class="visually-hidden">{props.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('logTableDay')}</th>
            <th scope="col">{t('logTableCramps')}</th>
          </tr>
        </thead>
        <tbody>
          {props.days.map((d) => (
            <tr key={d.day}>
              <th scope="row">{formatDay(d.day)}</th>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

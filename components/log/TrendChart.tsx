import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { DayCount } from '@/lib/log/trends';
import { formatDay } from './logText';
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
        </svg>
      </div>
      {first && last && (
        <p class="trend-chart-range" aria-hidden="true">
          <span>{formatDay(first.day)}</span>
          <span>{formatDay(last.day)}</span>
        </p>
      )}
      <p class="trend-chart-summary">{summary}</p>
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

import { useEffect, useMemo } from 'preact/hooks';
import { skippedSuffix } from '@/lib/contrast/text';
import { t, tCount } from '@/lib/i18n';
import type { Side } from '@/lib/log/beforeAfter';
import {
  type ClinicSummary,
  computeClinicSummary,
  type PerDay,
  type Rated,
  summaryDays,
} from '@/lib/log/clinicSummary';
import type { LogEntry } from '@/lib/log/entry';
import type { Medicine } from '@/lib/log/medicine';
import { timesOfDay } from '@/lib/log/patterns';
import { trendsLookbackMs } from '@/lib/log/trends';
import { techniques } from '@/lib/techniques/data';
import { useFocusOnMount } from '../common/useFocusOnMount';
import { HeatView } from './LogPatterns';
import { describeDiaryChange, formatDay, formatOneDecimal, formatWhen, placeName } from './logText';
import { TrendChart } from './TrendChart';
import './LogClinicSummary.css';

/** Places named beside the heat map (the map shows them all). */
const topPlaces = 5;

function perDayText(figure: PerDay): string {
  return figure.perDay === undefined
    ? t('logSummaryNoDiary')
    : tCount('logSummaryPerDayValue', figure.cramps, [
        formatOneDecimal(figure.perDay),
        String(figure.cramps),
        String(figure.days),
      ]);
}

function ratedText(figure: Rated): string {
  return figure.average === undefined
    ? t('logBeforeAfterNoRating')
    : t('logBeforeAfterRated', [formatOneDecimal(figure.average), String(figure.rated)]);
}

function sideText(side: Side): string {
  const cramps = tCount('logSummaryPerDayValue', side.cramps, [
    formatOneDecimal(side.perDay),
    String(side.cramps),
    String(side.days),
  ]);
  return side.averageSeverity === undefined
    ? cramps
    : `${cramps}; ${t('logSummarySeverityShort', formatOneDecimal(side.averageSeverity))}`;
}

/** The headline figures: frequency, the last week against the four before, severity, disturbance, triggers. */
function Figures(props: { summary: ClinicSummary }) {
  const { summary } = props;
  return (
    <dl class="clinic-figures">
      <div>
        <dt>{t('logSummaryPerDay')}</dt>
        <dd>{perDayText(summary.average)}</dd>
      </div>
      <div>
        <dt>{t('logSummaryLastWeek')}</dt>
        <dd>
          {t('logSummaryAgainst', [perDayText(summary.lastWeek), perDayText(summary.previousFourWeeks)])}
        </dd>
      </div>
      <div>
        <dt>{t('logBeforeAfterSeverity')}</dt>
        <dd>{ratedText(summary.severity)}</dd>
      </div>
      <div>
        <dt>{t('logSummaryDisturbance')}</dt>
        <dd>{ratedText(summary.disturbance)}</dd>
      </div>
      <div>
        <dt>{t('logTrigger')}</dt>
        <dd>
          {summary.triggers.length
            ? summary.triggers.map((row) => `${t(`logTrigger_${row.trigger}`)} (${row.count})`).join(', ')
            : t('logSummaryNotGiven')}
        </dd>
      </div>
    </dl>
  );
}

/** Where (a small heat map and the top places) and when, and what helped most. */
function Patterns(props: { summary: ClinicSummary }) {
  const { trends } = props.summary;
  const counts = new Map(trends.byPlace.map((row) => [row.place, row.count]));
  const max = Math.max(0, ...trends.byPlace.filter((row) => row.place !== 'unsure').map((row) => row.count));
  return (
    <div class="clinic-columns">
      <section aria-labelledby="clinic-where">
        <h4 id="clinic-where">{t('logHeatMapTitle')}</h4>
        <div class="clinic-where">
          <div class="heat-map">
            <HeatView view="front" counts={counts} max={max} />
            <HeatView view="back" counts={counts} max={max} />
          </div>
          <ol class="clinic-places">
            {trends.byPlace.slice(0, topPlaces).map((row) => (
              <li key={row.place}>
                {placeName(row.place)}: {row.count}
              </li>
            ))}
          </ol>
        </div>
      </section>
      <section aria-labelledby="clinic-when">
        <h4 id="clinic-when">{t('logTimeOfDayTitle')}</h4>
        <ul class="clinic-compact-list">
          {timesOfDay.map((part) => (
            <li key={part}>
              {t(`logTimeOfDay_${part}`)}: {trends.byTimeOfDay[part]}
            </li>
          ))}
        </ul>
        <h4>{t('logWhatHelped')}</h4>
        {trends.techniques.length ? (
          <ul class="clinic-compact-list">
            {trends.techniques.map((row) => (
              <li key={row.technique}>
                {t('logSummaryHelpedValue', [
                  t(techniques[row.technique].nameKey),
                  String(row.better),
                  String(row.tried),
                ])}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('logNothingTried')}</p>
        )}
      </section>
    </div>
  );
}

/** Medicine starts and stops with their before/after in one small table, the caveat beside it. */
function MedicineChanges(props: { summary: ClinicSummary }) {
  const comparisons = props.summary.medicineChanges;
  const shown = comparisons.filter((c) => c.shown);
  const waiting = comparisons.filter((c) => !c.shown);
  return (
    <section aria-labelledby="clinic-medicines">
      <h4 id="clinic-medicines">{t('logSummaryMedicines')}</h4>
      {!comparisons.length && <p>{t('logSummaryMedicinesNone')}</p>}
      {shown.length > 0 && (
        <>
          <table class="trend-table clinic-medicine-table">
            <thead>
              <tr>
                <th scope="col">{t('logSummaryChange')}</th>
                <th scope="col">{t('logSummaryBefore')}</th>
                <th scope="col">{t('logSummaryAfter')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((comparison) => (
                <tr key={`${comparison.change.on}-${describeDiaryChange(comparison.change)}`}>
                  <th scope="row">{describeDiaryChange(comparison.change)}</th>
                  <td>{sideText(comparison.before)}</td>
                  <td>{sideText(comparison.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="log-hint">{t('logBeforeAfterCaveat')}</p>
        </>
      )}
      {waiting.length > 0 && (
        <p class="log-hint">
          {t('logBeforeAfterTooSoon', waiting.map((c) => describeDiaryChange(c.change)).join('; '))}
        </p>
      )}
    </section>
  );
}

/**
 * The one-page clinic summary of the last 30 days: the period, cramps per day (and the last
 * week against the four before), severity, disturbance, triggers, where and when, what helped,
 * medicine changes with their before/after, contrast sessions and the notes marked for the clinic.
 * Only days with cramps are listed (no table of zero days). Opens the print dialog once when shown;
 * print CSS hides everything else and fits it on one A4 or US Letter page.
 */
export function LogClinicSummary(props: {
  entries: readonly LogEntry[];
  now: number;
  medicines: readonly Medicine[];
  diaryStart?: number;
  onClose: () => void;
}) {
  const summary = useMemo(
    () =>
      computeClinicSummary(
        props.entries,
        props.medicines,
        props.now,
        props.diaryStart,
        // Before/after counts only days the diary covers within what the view read (as Trends does).
        Math.max(props.diaryStart ?? props.now, props.now - trendsLookbackMs + 86_400_000),
      ),
    [props.entries, props.medicines, props.now, props.diaryStart],
  );
  const heading = useFocusOnMount<HTMLHeadingElement>();
  useEffect(() => {
    // After the summary is painted, so the printout has it.
    const frame = requestAnimationFrame(() => window.print());
    return () => cancelAnimationFrame(frame);
  }, []);
  const { trends } = summary;
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
      <p class="clinic-period">
        {t('logSummaryPeriod', [
          formatDay(summary.from),
          formatDay(summary.to),
          new Date(summary.to).getFullYear().toString(),
        ])}{' '}
        {t('logSummaryDiaryDays', [String(summary.diaryDays), String(summaryDays)])}{' '}
        {t('logSummaryTotal', String(trends.total))}
      </p>
      <Figures summary={summary} />
      <p class="clinic-sessions">
        {t('logSummarySessions', String(summary.sessions.sessions))}
        {summary.sessions.totalPhases > 0 && (
          <>
            {' · '}
            {t('logSummaryPhases', [
              String(summary.sessions.phasesCompleted),
              String(summary.sessions.totalPhases),
            ])}
            {skippedSuffix(summary.sessions.phasesSkipped)}
          </>
        )}
      </p>
      <TrendChart
        days={trends.days}
        title={t('logChartTitle', String(summaryDays))}
        idPrefix="clinic"
        markers={summary.medicineChanges
          .map((c) => (c.change.type === 'medicine' ? c.change.change : undefined))
          .filter((c) => c !== undefined)}
        markerList={false}
      />
      <p class="clinic-days">
        <strong>
          {t('logSummaryDaysWithCramps', [String(summary.daysWithCramps.length), String(summaryDays)])}
        </strong>{' '}
        {summary.daysWithCramps.length
          ? summary.daysWithCramps.map((d) => `${formatDay(d.day)}: ${d.count}`).join(' · ')
          : t('logNoCrampsInWindow')}
      </p>
      {trends.total > 0 && <Patterns summary={summary} />}
      <MedicineChanges summary={summary} />
      <section aria-labelledby="clinic-notes">
        <h4 id="clinic-notes">{t('logSummaryNotes')}</h4>
        {summary.notes.length ? (
          <ul class="clinic-notes">
            {summary.notes.map((note) => (
              <li key={note.id}>
                <strong>{formatWhen(note.at)}:</strong> {note.text}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('logSummaryNotesNone')}</p>
        )}
        {summary.moreNotes > 0 && (
          <p class="log-hint">{t('logSummaryNotesMore', String(summary.moreNotes))}</p>
        )}
      </section>
      <p class="log-hint clinic-footer">{t('logSummaryFooter')}</p>
    </article>
  );
}

import { t, tCount } from '@/lib/i18n';
import type { Comparison, Side } from '@/lib/log/beforeAfter';
import { describeDiaryChange, formatOneDecimal } from './logText';

function keyOf(comparison: Comparison): string {
  const { change } = comparison;
  return change.type === 'medicine'
    ? `${change.change.medicine.id}-${change.change.kind}`
    : `method-${change.technique}`;
}

function severityCell(side: Side): string {
  return side.averageSeverity === undefined
    ? t('logBeforeAfterNoRating')
    : t('logBeforeAfterRated', [formatOneDecimal(side.averageSeverity), String(side.rated)]);
}

/**
 * Each change's before and after as a small table with the counts behind the figures, a plain caveat,
 * the other changes near it, and the changes without enough diary yet (named, not compared).
 */
export function LogBeforeAfter(props: { comparisons: readonly Comparison[]; idPrefix: string }) {
  if (!props.comparisons.length) return null;
  const shown = props.comparisons.filter((c) => c.shown);
  const waiting = props.comparisons.filter((c) => !c.shown);
  const titleId = `${props.idPrefix}-title`;
  return (
    <section class="log-before-after" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('logBeforeAfterTitle')}</h4>
      <p class="log-hint">{t('logBeforeAfterCaveat')}</p>
      {shown.map((comparison) => (
        <div class="log-before-after-item" key={keyOf(comparison)}>
          <table class="trend-table">
            <caption>{describeDiaryChange(comparison.change)}</caption>
            <thead>
              <tr>
                <td />
                <th scope="col">{t('logBeforeAfterBefore', String(comparison.before.days))}</th>
                <th scope="col">{t('logBeforeAfterAfter', String(comparison.after.days))}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('logBeforeAfterPerDay')}</th>
                {[comparison.before, comparison.after].map((side, i) => (
                  <td key={i === 0 ? 'before' : 'after'}>
                    {tCount('logBeforeAfterCramps', side.cramps, [
                      formatOneDecimal(side.perDay),
                      String(side.cramps),
                    ])}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('logBeforeAfterSeverity')}</th>
                <td>{severityCell(comparison.before)}</td>
                <td>{severityCell(comparison.after)}</td>
              </tr>
            </tbody>
          </table>
          {comparison.overlapping.length > 0 && (
            <p class="log-hint">
              {t('logBeforeAfterOverlap', comparison.overlapping.map(describeDiaryChange).join('; '))}
            </p>
          )}
        </div>
      ))}
      {waiting.length > 0 && (
        <p class="log-hint">
          {t('logBeforeAfterTooSoon', waiting.map((c) => describeDiaryChange(c.change)).join('; '))}
        </p>
      )}
    </section>
  );
}

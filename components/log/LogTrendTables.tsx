import { t } from '@/lib/i18n';
import type { Trends } from '@/lib/log/trends';
import { techniques } from '@/lib/techniques/data';
import { placeName } from './logText';

/** Cramps by body area and what helped, as two small tables (screen and printed summary). */
export function LogTrendTables(props: { trends: Trends }) {
  const { byPlace, techniques: outcomes } = props.trends;
  return (
    <>
      <h4>{t('logByArea')}</h4>
      {byPlace.length ? (
        <table class="trend-table log-areas">
          <thead>
            <tr>
              <th scope="col">{t('logTableArea')}</th>
              <th scope="col">{t('logTableCramps')}</th>
            </tr>
          </thead>
          <tbody>
            {byPlace.map((row) => (
              <tr key={row.place}>
                <th scope="row">{placeName(row.place)}</th>
                <td>{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('logNoCrampsInWindow')}</p>
      )}
      <h4>{t('logWhatHelped')}</h4>
      {outcomes.length ? (
        <table class="trend-table log-helped">
          <thead>
            <tr>
              <th scope="col">{t('logTableMethod')}</th>
              <th scope="col">{t('logTableBetter')}</th>
              <th scope="col">{t('logTableTried')}</th>
            </tr>
          </thead>
          <tbody>
            {outcomes.map((row) => (
              <tr key={row.technique}>
                <th scope="row">{t(techniques[row.technique].nameKey)}</th>
                <td>{row.better}</td>
                <td>{row.tried}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('logNothingTried')}</p>
      )}
    </>
  );
}

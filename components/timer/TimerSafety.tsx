import { t } from '@/lib/i18n';
import { SourceNote } from '../common/SourceNote';

/** Skin checks, supervision and temperatures with their source ids, shown with every timer state. */
export function TimerSafety() {
  return (
    <ul class="timer-safety">
      <li>
        {t('timerSkinCheck')} <SourceNote ids={['S52', 'S53']} />
      </li>
      <li>
        <strong>{t('timerNeverUnattended')}</strong> <SourceNote ids={['S52']} />
      </li>
      <li>
        {t('timerTempCold')} <SourceNote ids={['S45', 'S47', 'S52']} />
      </li>
      <li>
        {t('timerTempHot')} <SourceNote ids={['S45', 'S53', 'S54']} />
      </li>
    </ul>
  );
}

import { t } from '@/lib/i18n';
import { type CitedText, SourcesDisclosure } from '../common/SourcesDisclosure';

const safety: readonly CitedText[] = [
  { key: 'timerSkinCheck', sources: ['S52', 'S53'] },
  { key: 'timerNeverUnattended', sources: ['S52'] },
  { key: 'timerTempCold', sources: ['S45', 'S47', 'S52'] },
  { key: 'timerTempHot', sources: ['S45', 'S53', 'S54'] },
];

/** Skin checks, supervision and temperatures, shown with every timer state; their sources one click away. */
export function TimerSafety() {
  return (
    <>
      <ul class="timer-safety">
        <li>{t('timerSkinCheck')}</li>
        <li>
          <strong>{t('timerNeverUnattended')}</strong>
        </li>
        <li>{t('timerTempCold')}</li>
        <li>{t('timerTempHot')}</li>
      </ul>
      <SourcesDisclosure items={safety} />
    </>
  );
}

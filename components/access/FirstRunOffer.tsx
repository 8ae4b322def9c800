import { t } from '@/lib/i18n';
import type { InputMode } from '@/lib/settings/inputMode';
import { changeInputMode } from '@/lib/settings/inputModeModel';
import { inputModeKeys } from './inputModeLabels';
import './FirstRunOffer.css';

const offered: InputMode[] = ['two-switches', 'one-switch', 'dwell'];

/**
 * The first-run question "How do you use the panel?", under the home view until it is answered
 * (then never again: `offered` in the synced setting). Every answer is a big button, so it can be
 * answered by pointer, touch or keyboard; the same choice is in Settings.
 */
export function FirstRunOffer() {
  const answer = (mode?: InputMode) =>
    void changeInputMode(mode ? { mode, offered: true } : { offered: true });
  return (
    <aside class="access-offer" aria-labelledby="access-offer-title" data-scan-group="first-run">
      <h2 id="access-offer-title">{t('accessOfferTitle')}</h2>
      <p>{t('accessOfferIntro')}</p>
      <div class="access-offer-choices">
        {offered.map((mode) => (
          <button type="button" class="big" key={mode} data-offer={mode} onClick={() => answer(mode)}>
            {t(inputModeKeys[mode].label)}
          </button>
        ))}
        <button type="button" class="big secondary" data-offer="none" onClick={() => answer()}>
          {t('accessOfferKeep')}
        </button>
      </div>
    </aside>
  );
}

import { t } from '@/lib/i18n';
import { navigate } from '@/lib/navigation';
import { ViewHeading } from '../common/ViewHeading';

/** The first screen under the method strip: a way in for someone who does not know what to pick. */
export function HomeView() {
  return (
    <section class="home" aria-labelledby="home-title">
      <ViewHeading id="home-title">{t('homeTitle')}</ViewHeading>
      <p>{t('homeIntro')}</p>
      <p class="home-hint">{t('stripHint')}</p>
      <div class="home-actions" data-scan-group="main-action">
        <button type="button" class="big primary" onClick={() => navigate({ name: 'picker' })}>
          {t('homePickerButton')}
        </button>
      </div>
      <p class="notice">{t('aboutNotAdvice')}</p>
    </section>
  );
}

import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { takeCrampNowRequest, watchCrampNowRequest } from '@/lib/cramp/request';
import { t } from '@/lib/i18n';
import { currentView, navigate } from '@/lib/navigation';
import { isShortcutKey } from '../panel/shortcutKey';
import './CrampNowButton.css';

/** How many times "Cramp now" was opened: the view's key, so each press starts the flow afresh. */
export const crampNowStarts = signal(0);

const openCrampNow = () => {
  crampNowStarts.value++;
  navigate({ name: 'crampNow' });
};

/**
 * "Cramp now", pinned in the header so it is one press from anywhere in the panel; key C does the
 * same when the user is not typing, and the browser's "Cramp now" command opens the panel on it.
 * Pressed again during the flow, it starts over at "where".
 */
export function CrampNowButton() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcutKey(event) || (event.key !== 'c' && event.key !== 'C')) return;
      event.preventDefault();
      openCrampNow();
    };
    document.addEventListener('keydown', onKey);
    void takeCrampNowRequest().then((asked) => asked && openCrampNow());
    const unwatch = watchCrampNowRequest(openCrampNow);
    return () => {
      document.removeEventListener('keydown', onKey);
      unwatch();
    };
  }, []);
  return (
    <button
      type="button"
      class="cramp-now-button"
      data-scan-group="cramp-now"
      aria-keyshortcuts="C"
      aria-current={currentView.value.name === 'crampNow' ? 'page' : undefined}
      onClick={openCrampNow}
    >
      <span class="method-key" aria-hidden="true">
        C
      </span>
      {t('crampNowButton')}
    </button>
  );
}

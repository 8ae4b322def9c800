import { useEffect } from 'preact/hooks';
import { takeCrampNowRequest, watchCrampNowRequest } from '@/lib/cramp/request';
import { t } from '@/lib/i18n';
import { currentView } from '@/lib/navigation';
import { openCrampNow } from './crampNowStart';
import './CrampNowButton.css';

/**
 * "Cramp now", pinned in the header so it is one press from anywhere in the panel; key C does the
 * same when the user is not typing (components/panel/shortcuts.ts), and the browser's "Cramp now" command opens the panel on it.
 * Pressed again during the flow, it starts over at "where".
 */
export function CrampNowButton() {
  useEffect(() => {
    void takeCrampNowRequest().then((asked) => asked && openCrampNow());
    const unwatch = watchCrampNowRequest(openCrampNow);
    return unwatch;
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

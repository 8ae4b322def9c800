import { t } from '@/lib/i18n';
import { currentView, navigate } from '@/lib/navigation';
import './LogCrampButton.css';

/**
 * "Log a cramp", pinned under the four methods: tap 1 of 2 (the log view opens with Save first).
 * Key L does the same when the user is not typing (components/panel/shortcuts.ts).
 */
export function LogCrampButton() {
  return (
    <button
      type="button"
      class="log-cramp-button"
      data-scan-group="log-cramp"
      aria-keyshortcuts="L"
      aria-current={currentView.value.name === 'log' ? 'page' : undefined}
      onClick={() => navigate({ name: 'log' })}
    >
      <span class="method-key" aria-hidden="true">
        L
      </span>
      {t('logCrampButton')}
    </button>
  );
}

import { useEffect } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { currentView, navigate } from '@/lib/navigation';
import { isShortcutKey } from '../panel/shortcutKey';
import './LogCrampButton.css';

/**
 * "Log a cramp", pinned beside the four methods: tap 1 of 2 (the log view opens with Save first).
 * Key L does the same when the user is not typing.
 */
export function LogCrampButton() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcutKey(event)) return;
      if (event.key === 'l' || event.key === 'L') {
        event.preventDefault();
        navigate({ name: 'log' });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <button
      type="button"
      class="log-cramp-button"
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

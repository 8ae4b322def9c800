import { seenOf } from '@/lib/contrast/machine';
import { alertText, stepName } from '@/lib/contrast/text';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messages';
import { useTimerState } from './useTimerState';
import './TimerView.css';

/** The caregiver window's content: the current alert in huge text and one Acknowledge button. */
export function TimerCaregiverAlert() {
  const { state } = useTimerState();
  const alert = state.status === 'idle' ? null : state.session.alert;
  const step = state.status === 'idle' ? undefined : state.session.plan.steps[state.session.stepIndex];
  return (
    <main class="timer-caregiver" aria-label={t('timerSection')}>
      <h1>{t('timerSection')}</h1>
      <p class="timer-caregiver-text" role="alert">
        {alert ? alertText(state, alert) : step ? stepName(step.kind) : t('timerNotificationTitle')}
      </p>
      {alert && (
        <button
          type="button"
          class="big primary"
          data-scan-group="alert"
          data-scan-first=""
          onClick={() =>
            void sendMessage('timerCommand', { command: 'acknowledge', seen: seenOf(state) }).catch(
              () => undefined,
            )
          }
        >
          {t('timerAcknowledge')}
        </button>
      )}
    </main>
  );
}

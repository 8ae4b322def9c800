import type { TimerState } from '@/lib/contrast/machine';
import { t } from '@/lib/i18n';
import type { TimerCommand } from '@/lib/messages';

/** The large timer buttons for the current state; every one is a real, keyboard-reachable <button>. */
export function TimerControls({
  state,
  onCommand,
}: {
  state: TimerState;
  onCommand: (c: TimerCommand) => void;
}) {
  const button = (command: TimerCommand, label: string, kind = 'secondary') => (
    <button type="button" class={`big ${kind}`} onClick={() => onCommand(command)} data-command={command}>
      {label}
    </button>
  );
  const alert = state.status === 'idle' ? null : state.session.alert;
  return (
    <div class="timer-controls">
      {alert && state.status !== 'finished' && button('acknowledge', t('timerAcknowledge'), 'primary')}
      {state.status === 'idle' && button('start', t('timerStart'), 'primary')}
      {state.status === 'running' && button('pause', t('timerPause'), 'primary')}
      {state.status === 'paused' && button('resume', t('timerResume'), 'primary')}
      {(state.status === 'running' || state.status === 'paused') && (
        <>
          {button('skip', t('timerSkip'))}
          {button('extend', t('timerExtend'))}
          {button('stop', t('timerStop'))}
        </>
      )}
      {state.status === 'interrupted' && (
        <>
          {button('stop', t('timerStopAndRemove'), 'primary')}
          {button('resume', t('timerContinue'))}
        </>
      )}
      {(state.status === 'finished' || state.status === 'stopped') &&
        button('acknowledge', t('timerDone'), 'primary')}
    </div>
  );
}

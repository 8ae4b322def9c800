import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { type Helped, helpedValues } from '@/lib/log/entry';
import { useFocusOnMount } from '../common/useFocusOnMount';

/** What the last answer led to: saved (with its confirmation), undone, or a failed write. */
export type CrampAskStatus =
  | { kind: 'saved'; text: string }
  | { kind: 'undone' }
  | { kind: 'failed' }
  | undefined;

/**
 * Step three, "Did it help?": better, same or worse saves the log entry at once; the confirmation
 * then replaces the question, with Undo beside it. Focus goes to the first answer, then to the
 * confirmation, so a keyboard user presses Enter once and hears what was saved.
 */
export function CrampAsk(props: {
  status: CrampAskStatus;
  onAnswer: (helped: Helped) => void;
  onHoldAgain: () => void;
  onUndo: () => void;
  onOpenLog: () => void;
  onDone: () => void;
}) {
  const saved = props.status?.kind === 'saved';
  const firstAnswer = useFocusOnMount<HTMLButtonElement>(!saved);
  const confirmation = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (props.status?.kind === 'saved') confirmation.current?.focus();
    else if (props.status) firstAnswer.current?.focus();
  }, [props.status]);

  if (props.status?.kind === 'saved') {
    return (
      <div class="cramp-ask">
        <p class="cramp-saved" role="status" tabIndex={-1} ref={confirmation}>
          {props.status.text}
        </p>
        <div class="cramp-actions" data-scan-group="after-save">
          <button type="button" class="big" onClick={props.onUndo}>
            {t('logUndo')}
          </button>
          <button type="button" class="big" onClick={props.onOpenLog}>
            {t('crampNowOpenLog')}
          </button>
          <button type="button" class="big secondary" onClick={props.onDone}>
            {t('crampNowDone')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="cramp-ask">
      <h3 id="cramp-helped-title" class="cramp-subtitle">
        {t('crampNowHelped')}
      </h3>
      {props.status && (
        <p class={props.status.kind === 'failed' ? 'cramp-error' : 'cramp-note'} role="status">
          {t(props.status.kind === 'failed' ? 'logActionFailed' : 'crampNowUndone')}
        </p>
      )}
      <fieldset class="cramp-answers" data-scan-group="answers" aria-labelledby="cramp-helped-title">
        {helpedValues.map((value, index) => (
          <button
            key={value}
            type="button"
            class="big primary"
            data-helped={value}
            ref={index === 0 ? firstAnswer : undefined}
            onClick={() => props.onAnswer(value)}
          >
            {t(`logHelped_${value}`)}
          </button>
        ))}
      </fieldset>
      <button type="button" class="big secondary" onClick={props.onHoldAgain}>
        {t('crampNowHoldAgain')}
      </button>
    </div>
  );
}

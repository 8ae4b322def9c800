import type { ReadonlySignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { activeLanguageCode, t } from '@/lib/i18n';
import type { ImportProgress } from '@/lib/log/importBackup';

/** The progress text: the phase and, once known, entries done of total. */
function progressText(progress: ImportProgress): string {
  if (progress.phase === 'reading') return t('logImportReading');
  const format = new Intl.NumberFormat(activeLanguageCode());
  return t(progress.phase === 'checking' ? 'logImportChecking' : 'logImportSaving', [
    format.format(progress.done),
    format.format(progress.total),
  ]);
}

/**
 * A running import: a progress bar (entries checked, then saved, of the file's total) and Cancel.
 * Not a live region: the start and the end are announced once each by the log's status, and the
 * bar's value is there for whoever looks at it, so a screen reader is not told every change. The
 * progress comes as a signal read here only: an update re-renders this bar, never the log view around it.
 */
export function LogImportProgress(props: { progress: ReadonlySignal<ImportProgress>; onCancel: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  const progress = props.progress.value;
  const text = progressText(progress);
  // The file input is disabled while the import runs: Cancel takes its focus.
  useEffect(() => cancel.current?.focus(), []);
  const total = progress.phase === 'reading' ? 0 : progress.total;
  const done = progress.phase === 'reading' ? 0 : progress.done;
  // Two halves of one bar: checking fills the first, saving the second.
  const share = total ? (done / total) * 50 : 0;
  const percent = progress.phase === 'saving' ? 50 + share : share;
  return (
    <div class="log-import-progress">
      <div
        role="progressbar"
        aria-label={t('logImportProgressLabel')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={text}
        class="log-progress-bar"
      >
        <div class="log-progress-fill" style={{ inlineSize: `${percent.toFixed(1)}%` }} />
      </div>
      <p class="log-hint">{text}</p>
      <button type="button" ref={cancel} onClick={props.onCancel}>
        {t('logImportCancel')}
      </button>
    </div>
  );
}

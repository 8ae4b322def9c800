import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

/** Export, backup, import, print and delete-all: the user's data, in the user's hands. */
export function LogData(props: {
  onExportCsv: () => void;
  onExportJson: () => void;
  onImport: (file: File) => void;
  /** An import is running: the file input waits for it (one import at a time). */
  importing?: boolean;
  onSummary: () => void;
  onDeleteAll: () => Promise<void>;
}) {
  const [confirming, setConfirming] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // The pressed button is replaced: focus the safe answer, and return to the start button after.
  useEffect(() => {
    if (confirming) keep.current?.focus();
    else if (asked.current) start.current?.focus();
    asked.current ||= confirming;
  }, [confirming]);
  return (
    <div class="log-data">
      <h3>{t('logExportTitle')}</h3>
      <p class="log-hint">{t('logExportHint')}</p>
      <div class="log-row">
        <button type="button" onClick={props.onExportCsv}>
          {t('logExportCsv')}
        </button>
        <button type="button" onClick={props.onExportJson}>
          {t('logExportJson')}
        </button>
        <button type="button" onClick={props.onSummary}>
          {t('logPrintSummary')}
        </button>
      </div>

      <h3>{t('logImportTitle')}</h3>
      <p class="log-hint" id="log-import-hint">
        {t('logImportHint')}
      </p>
      {/* The visible label is styled as a button; the input itself stays keyboard-focusable. */}
      <label class="log-file">
        <span>{t('logImportChoose')}</span>
        <input
          type="file"
          accept="application/json,.json"
          aria-describedby="log-import-hint"
          disabled={props.importing}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) props.onImport(file);
            event.currentTarget.value = '';
          }}
        />
      </label>

      <h3>{t('logDeleteAllTitle')}</h3>
      {confirming ? (
        <div class="log-confirm">
          <p id="log-confirm-text">{t('logDeleteAllConfirm')}</p>
          <div class="log-row">
            <button
              type="button"
              class="log-danger"
              onClick={async () => {
                await props.onDeleteAll();
                setConfirming(false);
              }}
            >
              {t('logDeleteAllYes')}
            </button>
            <button type="button" ref={keep} onClick={() => setConfirming(false)}>
              {t('logDeleteAllNo')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" ref={start} class="log-danger" onClick={() => setConfirming(true)}>
          {t('logDeleteAll')}
        </button>
      )}
    </div>
  );
}

import { useState } from 'preact/hooks';
import { skippedSuffix } from '@/lib/contrast/text';
import { t } from '@/lib/i18n';
import type { LogDraft, LogEntry } from '@/lib/log/entry';
import { LogEntryForm } from './LogEntryForm';
import { describeEntry, formatWhen, placeName } from './logText';

/** Recent entries, newest first, one page at a time; each can be edited in place or deleted (with undo). */
export function LogList(props: {
  entries: readonly LogEntry[];
  total: number;
  onShowMore: () => void;
  onEdit: (id: string, draft: LogDraft) => Promise<void>;
  onDelete: (entry: LogEntry) => Promise<void>;
}) {
  const [editing, setEditing] = useState<string>();
  // The form replaces the entry's buttons: when it closes, focus returns to the entry's Edit button.
  const stopEditing = (id: string) => {
    setEditing(undefined);
    requestAnimationFrame(() =>
      document.querySelector<HTMLButtonElement>(`[data-entry-id="${CSS.escape(id)}"] .log-edit`)?.focus(),
    );
  };
  if (!props.entries.length) return <p>{t('logEmpty')}</p>;
  return (
    <>
      <p class="log-hint">{t('logShowingOf', [String(props.entries.length), String(props.total)])}</p>
      <ul class="log-list">
        {props.entries.map((entry) => (
          <li key={entry.id} class="log-item" data-entry-id={entry.id} tabIndex={-1}>
            {editing === entry.id ? (
              <LogEntryForm
                mode="edit"
                idPrefix={`edit-${entry.id}`}
                initial={entry}
                onCancel={() => stopEditing(entry.id)}
                onSave={async (draft) => {
                  await props.onEdit(entry.id, draft);
                  stopEditing(entry.id);
                }}
              />
            ) : (
              <>
                <h4 class="log-item-title">
                  {entry.source === 'contrast' ? t('logContrastSession') : placeName(entry.place)}
                  {entry.source === 'contrast' && entry.place !== 'unsure' && ` · ${placeName(entry.place)}`}
                </h4>
                <p class="log-item-when">
                  <time dateTime={new Date(entry.at).toISOString()}>{formatWhen(entry.at)}</time>
                  {entry.contrast &&
                    ` · ${t(`logContrast_${entry.contrast.outcome}`, [String(entry.contrast.phasesCompleted), String(entry.contrast.totalPhases)])}${skippedSuffix(entry.contrast.phasesSkipped)}`}
                </p>
                {describeEntry(entry) && <p class="log-item-details">{describeEntry(entry)}</p>}
                {entry.note && <p class="log-item-note">{entry.note}</p>}
                <div class="log-item-actions">
                  <button type="button" class="log-edit" onClick={() => setEditing(entry.id)}>
                    {t('logEdit')}
                    <span class="visually-hidden">: {formatWhen(entry.at)}</span>
                  </button>
                  <button type="button" class="log-delete" onClick={() => void props.onDelete(entry)}>
                    {t('logDelete')}
                    <span class="visually-hidden">: {formatWhen(entry.at)}</span>
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {props.entries.length < props.total && (
        <button type="button" class="big" onClick={props.onShowMore}>
          {t('logShowMore')}
        </button>
      )}
    </>
  );
}

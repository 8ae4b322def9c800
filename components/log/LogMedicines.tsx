import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { localDayKey, type Medicine, type MedicineDraft } from '@/lib/log/medicine';
import { LogMedicineForm } from './LogMedicineForm';
import { formatDayKey } from './logText';

/** The person's medicine list: add, edit, mark as stopped today, remove (the view offers undo). */
export function LogMedicines(props: {
  medicines: readonly Medicine[];
  skipped: number;
  now: number;
  /** Resolves false when the medicine was refused (the form stays open). */
  onSave: (draft: MedicineDraft, existing?: Medicine) => Promise<boolean>;
  onStop: (medicine: Medicine) => Promise<void>;
  onRemove: (medicine: Medicine) => Promise<void>;
}) {
  // 'new', a medicine's id, or nothing.
  const [editing, setEditing] = useState<string>();
  const today = localDayKey(props.now);
  // The form replaces the button that opened it: focus goes back to that button when it closes.
  const close = (selector: string) => {
    setEditing(undefined);
    requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(selector)?.focus());
  };
  const addSelector = '.log-medicine-add';
  const editSelector = (id: string) => `[data-medicine-id="${CSS.escape(id)}"] .log-medicine-edit`;
  return (
    <div class="log-medicines">
      <h3>{t('logMedicinesTitle')}</h3>
      <p class="log-hint">{t('logMedicinesHint')}</p>
      {props.skipped > 0 && <p class="notice log-error">{t('logMedicineSkipped', String(props.skipped))}</p>}
      {props.medicines.length === 0 && editing !== 'new' && <p>{t('logMedicinesEmpty')}</p>}
      <ul class="log-list">
        {props.medicines.map((medicine) => (
          <li key={medicine.id} class="log-item" data-medicine-id={medicine.id}>
            {editing === medicine.id ? (
              <LogMedicineForm
                mode="edit"
                idPrefix={`medicine-${medicine.id}`}
                initial={medicine}
                onCancel={() => close(editSelector(medicine.id))}
                onSave={async (draft) => {
                  const saved = await props.onSave(draft, medicine);
                  if (saved) close(editSelector(medicine.id));
                  return saved;
                }}
              />
            ) : (
              <>
                <h4 class="log-item-title">{medicine.name}</h4>
                <p class="log-item-when">
                  {t(`logMedicinePurpose_${medicine.purpose}`)} ·{' '}
                  {medicine.stoppedOn
                    ? t('logMedicineFromTo', [
                        formatDayKey(medicine.startedOn),
                        formatDayKey(medicine.stoppedOn),
                      ])
                    : t('logMedicineSince', formatDayKey(medicine.startedOn))}
                </p>
                {medicine.doseNote && <p class="log-item-note">{medicine.doseNote}</p>}
                <div class="log-item-actions">
                  <button type="button" class="log-medicine-edit" onClick={() => setEditing(medicine.id)}>
                    {t('logEdit')}
                    <span class="visually-hidden">: {medicine.name}</span>
                  </button>
                  {!medicine.stoppedOn && medicine.startedOn <= today && (
                    <button type="button" onClick={() => void props.onStop(medicine)}>
                      {t('logMedicineStopToday')}
                      <span class="visually-hidden">: {medicine.name}</span>
                    </button>
                  )}
                  <button type="button" onClick={() => void props.onRemove(medicine)}>
                    {t('logMedicineRemove')}
                    <span class="visually-hidden">: {medicine.name}</span>
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {editing === 'new' ? (
        <LogMedicineForm
          mode="new"
          idPrefix="medicine-new"
          initial={{ name: '', purpose: 'cramps', startedOn: today }}
          onCancel={() => close(addSelector)}
          onSave={async (draft) => {
            const saved = await props.onSave(draft);
            if (saved) close(addSelector);
            return saved;
          }}
        />
      ) : (
        <button type="button" class="big log-medicine-add" onClick={() => setEditing('new')}>
          {t('logMedicineAdd')}
        </button>
      )}
    </div>
  );
}

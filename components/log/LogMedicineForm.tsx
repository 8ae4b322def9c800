import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { type MedicineDraft, type MedicinePurpose, medicinePurposes } from '@/lib/log/medicine';
import { ChoiceGroup } from '../common/ChoiceGroup';

/**
 * Adds or edits one medicine: name, what it is for, started on, stopped on (optional) and the dose as
 * the clinician gave it (free text). Nothing is suggested: every value is the person's own.
 */
export function LogMedicineForm(props: {
  initial: MedicineDraft;
  mode: 'new' | 'edit';
  idPrefix: string;
  /** Resolves false when the draft was refused (the form stays open). */
  onSave: (draft: MedicineDraft) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<MedicineDraft>(props.initial);
  const set = (patch: Partial<MedicineDraft>) => setDraft((old) => ({ ...old, ...patch }));
  const id = (name: string) => `${props.idPrefix}-${name}`;
  return (
    <form
      class="log-form log-medicine-form"
      aria-label={props.mode === 'new' ? t('logMedicineAdd') : t('logMedicineFormEditLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        void props.onSave(draft);
      }}
    >
      <label class="log-field" for={id('name')}>
        {t('logMedicineName')}
        <input
          id={id('name')}
          type="text"
          required
          maxLength={200}
          autoComplete="off"
          value={draft.name}
          onInput={(e) => set({ name: e.currentTarget.value })}
        />
      </label>
      <ChoiceGroup<MedicinePurpose>
        legend={t('logMedicinePurpose')}
        options={medicinePurposes.map((value) => ({ value, label: t(`logMedicinePurpose_${value}`) }))}
        isChosen={(value) => value === draft.purpose}
        onChoose={(value) => set({ purpose: value })}
      />
      <label class="log-field" for={id('started')}>
        {t('logMedicineStarted')}
        <input
          id={id('started')}
          type="date"
          required
          value={draft.startedOn}
          onInput={(e) => set({ startedOn: e.currentTarget.value })}
        />
      </label>
      <label class="log-field" for={id('stopped')}>
        {t('logMedicineStopped')}
        <input
          id={id('stopped')}
          type="date"
          min={draft.startedOn || undefined}
          value={draft.stoppedOn ?? ''}
          onInput={(e) => set({ stoppedOn: e.currentTarget.value || undefined })}
        />
      </label>
      <label class="log-field" for={id('dose')}>
        {t('logMedicineDose')}
        <textarea
          id={id('dose')}
          rows={2}
          maxLength={500}
          value={draft.doseNote ?? ''}
          onInput={(e) => set({ doseNote: e.currentTarget.value })}
        />
      </label>
      <div class="log-form-actions">
        <button type="submit" class="primary big">
          {props.mode === 'new' ? t('logMedicineSave') : t('logSaveChanges')}
        </button>
        <button type="button" class="big secondary" onClick={props.onCancel}>
          {t('logCancel')}
        </button>
      </div>
    </form>
  );
}

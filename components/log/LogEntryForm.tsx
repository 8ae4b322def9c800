import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import {
  bodySides,
  type Helped,
  helpedValues,
  type LogDraft,
  type LogPlace,
  type Trigger,
  triggerValues,
  unsurePlace,
} from '@/lib/log/entry';
import { type BodySide, type MuscleGroupId, muscleGroupIds } from '@/lib/muscles/ids';
import { type TechniqueId, techniqueIds, techniques } from '@/lib/techniques/data';
import { ChoiceGroup } from '../common/ChoiceGroup';
import { placeName } from './logText';
import './LogEntryForm.css';

/** The places most cramps are in (legs, feet, hands), shown as big buttons; the rest are in a list. */
const commonPlaces: readonly LogPlace[] = [
  'calf',
  'foot_sole',
  'hamstrings',
  'quadriceps',
  'hand_intrinsics',
  unsurePlace,
];

const severities = Array.from({ length: 11 }, (_, i) => i);

/** `datetime-local` value for an epoch time, in local time. */
function toLocalInput(time: number): string {
  const d = new Date(time - new Date(time).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

/**
 * "Log a cramp" and "Edit": Save is pinned at the bottom of the form (always on screen while the form
 * is), so a cramp is logged in two taps (open, save) with the place from the prefill or "not sure";
 * every other field is optional. Each choice group is one Tab stop with arrow keys inside, and Enter in
 * a single-choice group saves, so the detailed entry takes few key presses.
 */
export function LogEntryForm(props: {
  initial: LogDraft;
  mode: 'new' | 'edit';
  onSave: (draft: LogDraft) => void | Promise<void>;
  onCancel?: () => void;
  idPrefix: string;
}) {
  const [draft, setDraft] = useState<LogDraft>(props.initial);
  const set = (patch: Partial<LogDraft>) => setDraft((old) => ({ ...old, ...patch }));
  const place = draft.place ?? unsurePlace;
  const otherPlace = commonPlaces.includes(place) ? '' : place;
  const save = (event: Event) => {
    event.preventDefault();
    void props.onSave(draft);
    if (props.mode === 'new') setDraft(props.initial);
  };
  const id = (name: string) => `${props.idPrefix}-${name}`;

  return (
    <form
      class="log-form"
      onSubmit={save}
      aria-label={props.mode === 'new' ? t('logFormNewLabel') : t('logFormEditLabel')}
    >
      {props.mode === 'new' && <p class="log-hint">{t('logFormHint')}</p>}

      <ChoiceGroup<LogPlace>
        legend={t('logWhere')}
        class="log-places"
        options={commonPlaces.map((value) => ({ value, label: placeName(value) }))}
        isChosen={(value) => value === place}
        onChoose={(value) => set({ place: value })}
      />
      <label class="log-field" for={id('place')}>
        {t('logOtherPlace')}
        <select
          id={id('place')}
          value={otherPlace}
          onChange={(e) => set({ place: (e.currentTarget.value || place) as LogPlace })}
        >
          <option value="">{t('logOtherPlaceNone')}</option>
          {muscleGroupIds.map((group: MuscleGroupId) => (
            <option key={group} value={group}>
              {placeName(group)}
            </option>
          ))}
        </select>
      </label>

      <ChoiceGroup<BodySide>
        legend={t('logSide')}
        class="log-compact"
        options={bodySides.map((value) => ({ value, label: t(`logSide_${value}`) }))}
        isChosen={(value) => value === draft.side}
        onChoose={(value) => set({ side: value })}
        onClear={() => set({ side: undefined })}
      />

      <ChoiceGroup<number>
        legend={t('logSeverity')}
        hint={t('logSeverityHint')}
        class="log-severity"
        digits
        options={severities.map((value) => ({ value, label: String(value) }))}
        isChosen={(value) => value === draft.severity}
        onChoose={(value) => set({ severity: value })}
        onClear={() => set({ severity: undefined })}
      />

      <ChoiceGroup<TechniqueId>
        legend={t('logTried')}
        multiple
        options={techniqueIds.map((value) => ({ value, label: t(techniques[value].nameKey) }))}
        isChosen={(value) => draft.tried?.includes(value) ?? false}
        onChoose={(value) => {
          const tried = draft.tried ?? [];
          set({ tried: tried.includes(value) ? tried.filter((x) => x !== value) : [...tried, value] });
        }}
      />

      <ChoiceGroup<Helped>
        legend={t('logHelped')}
        class="log-compact"
        options={helpedValues.map((value) => ({ value, label: t(`logHelped_${value}`) }))}
        isChosen={(value) => value === draft.helped}
        onChoose={(value) => set({ helped: value })}
        onClear={() => set({ helped: undefined })}
      />

      <ChoiceGroup<Trigger>
        legend={t('logTrigger')}
        options={triggerValues.map((value) => ({ value, label: t(`logTrigger_${value}`) }))}
        isChosen={(value) => value === draft.trigger}
        onChoose={(value) => set({ trigger: value })}
        onClear={() => set({ trigger: undefined })}
      />

      <ChoiceGroup<number>
        legend={t('logDisturbance')}
        hint={t('logSeverityHint')}
        class="log-severity"
        digits
        options={severities.map((value) => ({ value, label: String(value) }))}
        isChosen={(value) => value === draft.disturbance}
        onChoose={(value) => set({ disturbance: value })}
        onClear={() => set({ disturbance: undefined })}
      />

      <details class="log-more" open={props.mode === 'edit'} data-scan-group="more-details">
        <summary>{t('logMoreDetails')}</summary>
        <label class="log-field" for={id('when')}>
          {t('logWhen')}
          <input
            id={id('when')}
            type="datetime-local"
            value={draft.at ? toLocalInput(draft.at) : ''}
            onChange={(e) => {
              const time = new Date(e.currentTarget.value).getTime();
              set({ at: Number.isFinite(time) ? time : undefined });
            }}
          />
        </label>
        <label class="log-field" for={id('duration')}>
          {t('logDuration')}
          <input
            id={id('duration')}
            type="number"
            inputMode="decimal"
            min={0}
            max={1440}
            value={draft.durationMinutes ?? ''}
            onInput={(e) => {
              const minutes = Number.parseFloat(e.currentTarget.value);
              set({ durationMinutes: Number.isFinite(minutes) ? minutes : undefined });
            }}
          />
        </label>
        <label class="log-field" for={id('note')}>
          {t('logNote')}
          <textarea
            id={id('note')}
            rows={3}
            maxLength={2000}
            value={draft.note ?? ''}
            onInput={(e) => set({ note: e.currentTarget.value })}
          />
        </label>
        <label class="log-check-field">
          <input
            type="checkbox"
            checked={draft.forClinic ?? false}
            onChange={(e) => set({ forClinic: e.currentTarget.checked })}
          />
          {t('logNoteForClinic')}
        </label>
      </details>
      <div class="log-form-actions" data-scan-group="save">
        <button type="submit" class="primary big">
          {props.mode === 'new' ? t('logSave') : t('logSaveChanges')}
        </button>
        {props.onCancel && (
          <button type="button" class="big secondary" onClick={props.onCancel}>
            {t('logCancel')}
          </button>
        )}
      </div>
    </form>
  );
}

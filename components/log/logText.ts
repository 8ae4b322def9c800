import { activeLanguageCode, t } from '@/lib/i18n';
import type { DiaryChange } from '@/lib/log/beforeAfter';
import { type LogEntry, type LogPlace, unsurePlace } from '@/lib/log/entry';
import { localDayStart, type MedicineChange } from '@/lib/log/medicine';
import { muscleGroupNameKey } from '@/lib/muscles/ids';
import { techniques } from '@/lib/techniques/data';

/** A place's readable name in the user's language. */
export function placeName(place: LogPlace): string {
  return place === unsurePlace ? t('logPlaceUnsure') : t(muscleGroupNameKey(place));
}

const formats = {
  when: { dateStyle: 'medium', timeStyle: 'short' },
  day: { day: 'numeric', month: 'short' },
  dayWithYear: { dateStyle: 'medium' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
const formatters = new Map<string, Intl.DateTimeFormat>();
let decimalFormat: { language: string; format: Intl.NumberFormat } | undefined;

/**
 * One formatter per language and style, kept: `toLocaleString` builds a new one on every call, and
 * those builds stood out in the profile of the list and trends with 10,000 entries.
 */
function formatter(style: keyof typeof formats): Intl.DateTimeFormat {
  const language = activeLanguageCode();
  const key = `${language} ${style}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, formats[style]);
    formatters.set(key, format);
  }
  return format;
}

/** Date and time of an entry, in the user's locale. */
export function formatWhen(time: number): string {
  return formatter('when').format(time);
}

/** A day, short ("24 Nov"), in the user's locale. */
export function formatDay(time: number): string {
  return formatter('day').format(time);
}

/** A "YYYY-MM-DD" day with its year ("3 Nov 2026"), in the user's locale. */
export function formatDayKey(dayKey: string): string {
  return formatter('dayWithYear').format(localDayStart(dayKey));
}

/** "3 Nov 2026: started Medicine A" */
export function describeMedicineChange(change: MedicineChange): string {
  return t(`logMarker_${change.kind}`, [formatDayKey(change.on), change.medicine.name]);
}

/** A medicine change or a method's first use, as one line. */
export function describeDiaryChange(change: DiaryChange): string {
  return change.type === 'medicine'
    ? describeMedicineChange(change.change)
    : t('logChange_method', [formatDayKey(change.on), t(techniques[change.technique].nameKey)]);
}

/** A figure with one decimal, in the user's locale ("1.5", "1,5"). */
export function formatOneDecimal(value: number): string {
  const language = activeLanguageCode();
  if (decimalFormat?.language !== language)
    decimalFormat = {
      language,
      format: new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    };
  return decimalFormat.format.format(value);
}

/** One line describing an entry's details (side, severity, tried, result) for lists and summaries. */
export function describeEntry(entry: LogEntry): string {
  const parts: string[] = [];
  if (entry.side) parts.push(t(`logSide_${entry.side}`));
  if (entry.severity !== undefined) parts.push(t('logSeverityValue', String(entry.severity)));
  if (entry.tried.length) parts.push(entry.tried.map((id) => t(techniques[id].nameKey)).join(', '));
  if (entry.helped) parts.push(t(`logHelped_${entry.helped}`));
  if (entry.trigger) parts.push(t(`logTrigger_${entry.trigger}`));
  if (entry.disturbance !== undefined) parts.push(t('logDisturbanceValue', String(entry.disturbance)));
  if (entry.durationMinutes !== undefined)
    parts.push(t('logMinutesValue', String(Math.round(entry.durationMinutes))));
  if (entry.forClinic) parts.push(t('logForClinicMark'));
  return parts.join(' · ');
}

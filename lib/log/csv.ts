import type { LogEntry, LogPlace } from './entry';

/** Column headers: fixed machine names, so a clinic's spreadsheet keeps working across languages. */
export const csvHeaders = [
  'id',
  'when_local',
  'when_utc',
  'place_id',
  'place',
  'side',
  'severity_0_10',
  'tried',
  'helped',
  'duration_minutes',
  'note',
  'source',
  'created_utc',
  'updated_utc',
  // Added later: at the end, so a sheet built on the older columns keeps its positions.
  'trigger',
  'disturbance_0_10',
  'note_for_clinic',
] as const;

// A spreadsheet runs a cell starting with one of these as a formula (CSV/formula injection). Tab and CR
// are included because some spreadsheets strip them and then see the next character.
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): text that a spreadsheet would run as a formula gets a leading apostrophe,
 * then a cell containing a comma, quote, CR or LF is quoted with inner quotes doubled.
 */
export function escapeCsvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "2026-11-24 18:05" in the user's local time: what a person reads in the sheet. */
export function localDateTime(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The log as CSV text: header row, one row per entry, CRLF line ends (RFC 4180). `placeName` gives the
 * readable name of a place in the user's language.
 */
export function toCsv(entries: Iterable<LogEntry>, placeName: (place: LogPlace) => string): string {
  const lines = [csvHeaders.join(',')];
  // A place's name once per place, not once per row: a message lookup per row of 10,000 showed in the
  // export's profile.
  const names = new Map<LogPlace, string>();
  const nameOf = (place: LogPlace) => {
    let name = names.get(place);
    if (name === undefined) {
      name = placeName(place);
      names.set(place, name);
    }
    return name;
  };
  for (const e of entries) {
    const row = [
      e.id,
      localDateTime(e.at),
      new Date(e.at).toISOString(),
      e.place,
      nameOf(e.place),
      e.side,
      e.severity,
      e.tried.join(';'),
      e.helped,
      e.durationMinutes,
      e.note,
      e.source,
      new Date(e.createdAt).toISOString(),
      new Date(e.updatedAt).toISOString(),
      e.trigger,
      e.disturbance,
      e.forClinic ? 'yes' : undefined,
    ];
    lines.push(row.map(escapeCsvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Parses RFC 4180 CSV into rows of cells (quoted fields, doubled quotes, CRLF or LF). Used by the
 * tests and the e2e suite to read an export back; it does not undo the formula guard.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

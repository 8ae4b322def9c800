import * as v from 'valibot';
import { type LogEntry, logEntrySchema } from './entry';

/** Marks our backup files, so a foreign JSON file is recognised and refused. */
export const backupFormat = 'spasm-relief-cramp-log';
/** Backup file version this build writes and reads. */
export const backupVersion = 1;
/** Larger files are refused before parsing (10,000 entries are about 3 MB). */
export const maxBackupBytes = 30 * 1024 * 1024;

/** A backup file as written by `toBackupJson`. */
export interface Backup {
  format: typeof backupFormat;
  version: number;
  exportedAt: string;
  entries: LogEntry[];
}

const headerSchema = v.object({
  format: v.literal(backupFormat),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  entries: v.array(v.unknown()),
});

/** Why an import was refused; each has its own message in the view. */
export type BackupError = 'tooLarge' | 'notJson' | 'foreign' | 'newerVersion' | 'invalidEntry';

export type ParsedBackup =
  | { ok: true; entries: LogEntry[] }
  | { ok: false; error: BackupError /** 1-based position of the first bad entry. */; position?: number };

/** The whole log as a JSON backup file's text. */
export function toBackupJson(entries: readonly LogEntry[], now = Date.now()): string {
  const backup: Backup = {
    format: backupFormat,
    version: backupVersion,
    exportedAt: new Date(now).toISOString(),
    entries: [...entries],
  };
  return JSON.stringify(backup, null, 1);
}

/**
 * Reads and validates a backup file's text. All or nothing: one bad entry refuses the whole file, so
 * an import never half-happens. Entries repeated in the file are merged (newest edit wins).
 */
export function parseBackup(text: string): ParsedBackup {
  if (text.length > maxBackupBytes) return { ok: false, error: 'tooLarge' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'notJson' };
  }
  const isOurs =
    typeof data === 'object' && data !== null && (data as { format?: unknown }).format === backupFormat;
  if (!isOurs) return { ok: false, error: 'foreign' };
  if (typeof (data as { version?: unknown }).version === 'number' && (data as Backup).version > backupVersion)
    return { ok: false, error: 'newerVersion' };
  const header = v.safeParse(headerSchema, data);
  if (!header.success) return { ok: false, error: 'foreign' };
  const byId = new Map<string, LogEntry>();
  for (const [index, item] of header.output.entries.entries()) {
    const parsed = v.safeParse(logEntrySchema, item);
    if (!parsed.success) return { ok: false, error: 'invalidEntry', position: index + 1 };
    const known = byId.get(parsed.output.id);
    if (!known || parsed.output.updatedAt > known.updatedAt) byId.set(parsed.output.id, parsed.output);
  }
  return { ok: true, entries: [...byId.values()] };
}

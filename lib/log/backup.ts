import * as v from 'valibot';
import { type LogEntry, logEntrySchema } from './entry';
import { type Medicine, parseMedicine } from './medicine';

/** Marks our backup files, so a foreign JSON file is recognised and refused. */
export const backupFormat = 'spasm-relief-cramp-log';
/**
 * Backup file version this build writes. v1: entries. v2: entries and the medicine list. Every older
 * version has its importer below, so an old backup always imports.
 */
export const backupVersion = 2;
/** Larger files are refused before parsing (10,000 entries are about 3 MB). */
export const maxBackupBytes = 30 * 1024 * 1024;

/** A backup file as written by `toBackupJson`. */
export interface Backup {
  format: typeof backupFormat;
  version: number;
  exportedAt: string;
  entries: LogEntry[];
  medicines: Medicine[];
}

const headerV1 = v.object({
  format: v.literal(backupFormat),
  version: v.literal(1),
  entries: v.array(v.unknown()),
});
const headerV2 = v.object({
  format: v.literal(backupFormat),
  version: v.literal(2),
  entries: v.array(v.unknown()),
  medicines: v.array(v.unknown()),
});

/** Why an import was refused; each has its own message in the view. */
export type BackupError =
  | 'tooLarge'
  | 'notJson'
  | 'foreign'
  | 'newerVersion'
  | 'invalidEntry'
  | 'invalidMedicine';

export type ParsedBackup =
  | { ok: true; entries: LogEntry[]; medicines: Medicine[] }
  | { ok: false; error: BackupError /** 1-based position of the first bad item. */; position?: number };

/** The whole log and the medicine list as a JSON backup file's text. */
export function toBackupJson(
  entries: readonly LogEntry[],
  now = Date.now(),
  medicines: readonly Medicine[] = [],
): string {
  const backup: Backup = {
    format: backupFormat,
    version: backupVersion,
    exportedAt: new Date(now).toISOString(),
    entries: [...entries],
    medicines: [...medicines],
  };
  return JSON.stringify(backup, null, 1);
}

/** Validates every item (all or nothing); an id repeated in the file keeps its newest edit. */
function parseItems<T extends { id: string; updatedAt: number }>(
  items: readonly unknown[],
  parse: (item: unknown) => T | undefined,
): T[] | number {
  const byId = new Map<string, T>();
  for (const [index, item] of items.entries()) {
    const parsed = parse(item);
    if (!parsed) return index + 1;
    const known = byId.get(parsed.id);
    if (!known || parsed.updatedAt > known.updatedAt) byId.set(parsed.id, parsed);
  }
  return [...byId.values()];
}

function parseEntry(item: unknown): LogEntry | undefined {
  const parsed = v.safeParse(logEntrySchema, item);
  return parsed.success ? parsed.output : undefined;
}

/** Entries and medicines from their raw lists, or the first bad one. */
function readContent(entryItems: readonly unknown[], medicineItems: readonly unknown[]): ParsedBackup {
  const entries = parseItems(entryItems, parseEntry);
  if (typeof entries === 'number') return { ok: false, error: 'invalidEntry', position: entries };
  const medicines = parseItems(medicineItems, parseMedicine);
  if (typeof medicines === 'number') return { ok: false, error: 'invalidMedicine', position: medicines };
  return { ok: true, entries, medicines };
}

/** One importer per file version this build has ever written. */
const importers: Record<number, (data: unknown) => ParsedBackup> = {
  1: (data) => {
    const header = v.safeParse(headerV1, data);
    return header.success ? readContent(header.output.entries, []) : { ok: false, error: 'foreign' };
  },
  2: (data) => {
    const header = v.safeParse(headerV2, data);
    return header.success
      ? readContent(header.output.entries, header.output.medicines)
      : { ok: false, error: 'foreign' };
  },
};

/**
 * Reads and validates a backup file's text, of this version or any older one. All or nothing: one bad
 * entry or medicine refuses the whole file, so an import never half-happens.
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
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > backupVersion) return { ok: false, error: 'newerVersion' };
  const importer = typeof version === 'number' ? importers[version] : undefined;
  return importer ? importer(data) : { ok: false, error: 'foreign' };
}

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
/**
 * The largest backup, in bytes, that import reads and export writes (512 MiB less 24 bytes). A
 * backup is read as one JSON text, and Chromium holds at most 2^29 − 24 characters in one string
 * (a UTF-8 file has at most as many characters as bytes), so Chromium cannot read a larger one.
 * Export refuses to write one (`backupTooLarge`), so every backup this build writes, it reads back. The log has no entry count limit of its own: 512 MiB is
 * about 3.5 million typical entries (about 150 bytes each, README "Cramp log limits").
 */
export const maxBackupBytes = 2 ** 29 - 24;

/** True when a file (or an export) of `bytes` bytes is over `maxBackupBytes`. */
export function backupTooLarge(bytes: number): boolean {
  return bytes > maxBackupBytes;
}

/** A backup file as written by `toBackupParts`. */
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

/**
 * The backup file's text in pieces (for a Blob: no one string of the whole file): compact JSON, one
 * entry per line, so 200,000 entries are about 30 MB and a person can still read it.
 */
export function toBackupParts(
  entries: readonly LogEntry[],
  now = Date.now(),
  medicines: readonly Medicine[] = [],
): string[] {
  const head = {
    format: backupFormat,
    version: backupVersion,
    exportedAt: new Date(now).toISOString(),
    medicines: [...medicines],
  };
  const parts = [`${JSON.stringify(head).slice(0, -1)},"entries":[`];
  // A few thousand entries per piece: small strings, few pieces.
  for (let start = 0; start < entries.length; start += 2000) {
    const lines = entries.slice(start, start + 2000).map((entry) => `\n${JSON.stringify(entry)}`);
    parts.push((start ? ',' : '') + lines.join(','));
  }
  parts.push('\n]}\n');
  return parts;
}

/** The whole log and the medicine list as a JSON backup file's text (tests and the benchmark). */
export function toBackupJson(
  entries: readonly LogEntry[],
  now = Date.now(),
  medicines: readonly Medicine[] = [],
): string {
  return toBackupParts(entries, now, medicines).join('');
}

/** How an import is followed and stopped. */
export interface ParseOptions {
  /** Told how many items were checked of how many (entries and medicines together). */
  onProgress?: (done: number, total: number) => void;
  /** Aborted: checking stops between slices and the parse rejects with this signal's reason. */
  signal?: AbortSignal;
  /** Longest stretch of work between two pauses, in ms (the caller stays responsive). */
  sliceMs?: number;
}

/** Lets the event loop run (a cancel message, a frame) between slices of work. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Validates every item (all or nothing); an id repeated in the file keeps its newest edit. */
async function parseItems<T extends { id: string; updatedAt: number }>(
  items: readonly unknown[],
  parse: (item: unknown) => T | undefined,
  tick: (index: number) => Promise<void> | undefined,
): Promise<T[] | number> {
  const byId = new Map<string, T>();
  for (let index = 0; index < items.length; index++) {
    // Every 256 items: reading the clock costs more than checking one entry.
    if ((index & 255) === 0) await tick(index);
    const parsed = parse(items[index]);
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
async function readContent(
  entryItems: readonly unknown[],
  medicineItems: readonly unknown[],
  options: ParseOptions,
): Promise<ParsedBackup> {
  const total = entryItems.length + medicineItems.length;
  const sliceMs = options.sliceMs ?? 8;
  let sliceStart = performance.now();
  /** Pauses once the slice is used up; `done`: items checked so far. */
  const tick = (done: number) => {
    if (performance.now() - sliceStart < sliceMs) return undefined;
    options.onProgress?.(done, total);
    return pause().then(() => {
      options.signal?.throwIfAborted();
      sliceStart = performance.now();
    });
  };
  options.onProgress?.(0, total);
  const entries = await parseItems(entryItems, parseEntry, tick);
  if (typeof entries === 'number') return { ok: false, error: 'invalidEntry', position: entries };
  const medicines = await parseItems(medicineItems, parseMedicine, (i) => tick(entryItems.length + i));
  if (typeof medicines === 'number') return { ok: false, error: 'invalidMedicine', position: medicines };
  options.signal?.throwIfAborted();
  options.onProgress?.(total, total);
  return { ok: true, entries, medicines };
}

/** One importer per file version this build has ever written. */
const importers: Record<number, (data: unknown, options: ParseOptions) => Promise<ParsedBackup>> = {
  1: async (data, options) => {
    const header = v.safeParse(headerV1, data);
    return header.success ? readContent(header.output.entries, [], options) : { ok: false, error: 'foreign' };
  },
  2: async (data, options) => {
    const header = v.safeParse(headerV2, data);
    return header.success
      ? readContent(header.output.entries, header.output.medicines, options)
      : { ok: false, error: 'foreign' };
  },
};

/**
 * Reads and validates a backup file's text, of this version or any older one. All or nothing: one bad
 * entry or medicine refuses the whole file, so an import never half-happens. Checking runs in slices
 * of `sliceMs` with a pause between them (progress, cancel).
 */
export async function parseBackup(text: string, options: ParseOptions = {}): Promise<ParsedBackup> {
  // Characters, not bytes: never more than the file's UTF-8 bytes, so a file export wrote passes.
  if (backupTooLarge(text.length)) return { ok: false, error: 'tooLarge' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Not JSON, cut short, or nested too deeply for the parser.
    return { ok: false, error: 'notJson' };
  }
  const isOurs =
    typeof data === 'object' && data !== null && (data as { format?: unknown }).format === backupFormat;
  if (!isOurs) return { ok: false, error: 'foreign' };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > backupVersion) return { ok: false, error: 'newerVersion' };
  const importer = typeof version === 'number' ? importers[version] : undefined;
  return importer ? importer(data, options) : { ok: false, error: 'foreign' };
}

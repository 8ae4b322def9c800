import { useSignal } from '@preact/signals';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { contrastHistoryStorage, unsavedHistoryStorage } from '@/lib/contrast/history';
import { t, tCount } from '@/lib/i18n';
import { type RunningImport, startExport, startImport } from '@/lib/log/backupClient';
import { syncContrastHistory, watchContrastHistory } from '@/lib/log/contrastSync';
import { toCsv } from '@/lib/log/csv';
import { downloadBlob, downloadText, exportFileName } from '@/lib/log/download';
import type { LogDraft, LogEntry } from '@/lib/log/entry';
import type { ImportProgress } from '@/lib/log/importBackup';
import { localDayKey, type Medicine, type MedicineDraft, medicineFromDraft } from '@/lib/log/medicine';
import { getLogStore } from '@/lib/log/panelStore';
import { type LogStore, onLogChangedElsewhere } from '@/lib/log/store';
import { checkNudge, nudgeLookbackMs, trendsLookbackMs } from '@/lib/log/trends';
import type { BodySide, MuscleGroupId } from '@/lib/muscles/ids';
import { useStoredItem } from '../common/useStoredItem';
import { ViewHeading } from '../common/ViewHeading';
import { LogClinicSummary } from './LogClinicSummary';
import { LogData } from './LogData';
import { LogEntryForm } from './LogEntryForm';
import { LogImportProgress } from './LogImportProgress';
import { LogList } from './LogList';
import { LogMedicines } from './LogMedicines';
import { LogNudge } from './LogNudge';
import { LogToggleGroup } from './LogToggleGroup';
import { LogTrends } from './LogTrends';
import { formatWhen, placeName } from './logText';
import './LogView.css';

const pageSize = 20;

/**
 * The log, once open. This module loads while the panel is idle (preloadViews, panel/views.tsx) and
 * opens the database then, so the view's first render has its store: a profile with 10,000 entries
 * had the open, and the two frames the view waited before reading (an effect to get the store, another
 * to read), take 40–130 ms of its first 90–290 ms. A failure is not kept: the view's call tries again.
 */
let preloaded: LogStore | undefined;
getLogStore().then(
  (opened) => {
    preloaded = opened;
  },
  () => {},
);

type Part = 'recent' | 'trends' | 'medicines' | 'data';
const parts: readonly Part[] = ['recent', 'trends', 'medicines', 'data'];

/** What the list shows, read first: one page, the count, and the nudge's 35 days. */
interface ListRead {
  recent: LogEntry[];
  total: number;
  skipped: number;
  now: number;
  /** Entries of the last 35 days (the nudge). */
  nudgeWindow: LogEntry[];
}

/** Read after the list is on screen: what trends, medicines and the clinic summary need. */
interface WindowRead {
  /** Entries of the last 90 days (trends, clinic summary), oldest first. */
  window: LogEntry[];
  skipped: number;
  /** Records the time index cannot see (always unreadable). */
  outsideIndex: number;
  /** The medicine list (a few records: read whole) and how many of its records were unreadable. */
  medicines: Medicine[];
  medicinesSkipped: number;
  /** When the diary began (its earliest entry); undefined when it is empty. */
  diaryStart?: number;
}

/**
 * A message after an action, with undo where the action can be undone. `undo` answers false when what it
 * would revert is gone (deleted since, perhaps in another page); `erasure` is the log's erasure mark when
 * it was offered: after a "delete all" anywhere, the Undo no longer applies and is withdrawn.
 */
interface Status {
  text: string;
  undo?: () => Promise<boolean>;
  erasure?: string;
  error?: boolean;
  /** Move focus to Undo (the button the user pressed is gone, e.g. after a delete). */
  focusUndo?: boolean;
  /** Move focus to the message (the Undo button that was pressed is gone). */
  focusText?: boolean;
}

/** A write refused for space: IndexedDB aborts with QuotaExceededError (message wording varies). */
function isStorageFull(error: unknown): boolean {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return name === 'QuotaExceededError' || (typeof message === 'string' && /quota/i.test(message));
}

/** The cramp log: quick "Log a cramp" form, recent entries, trends, the clinic nudge, and the user's data. */
export function LogView(props: { prefill?: { groupId: MuscleGroupId; side?: BodySide } }) {
  const [store, setStore] = useState<LogStore | undefined>(preloaded);
  const [openFailed, setOpenFailed] = useState(false);
  const historyBroken = useStoredItem(contrastHistoryStorage)[0]?.corrupt;
  const [list, setList] = useState<ListRead>();
  const [more, setMore] = useState<WindowRead>();
  /** How many entries the list shows: re-read after a change, extended by "show more". */
  const shown = useRef(pageSize);
  const [part, setPart] = useState<Part>('recent');
  const [summary, setSummary] = useState(false);
  const [status, setStatus] = useState<Status>();
  const [changes, setChanges] = useState(0);
  const changed = useCallback(() => setChanges((n) => n + 1), []);
  const undoButton = useRef<HTMLButtonElement>(null);
  /** The entry just saved from the form: shown on screen (and focused) once the list has it. */
  const [justSaved, setJustSaved] = useState<string>();
  const statusText = useRef<HTMLParagraphElement>(null);
  const shownStatus = useRef<Status>(undefined);
  shownStatus.current = status;
  /** After a "delete all" in another page, an Undo offered before it is withdrawn, saying why. */
  const withdrawStaleUndo = useCallback(() => {
    const offered = shownStatus.current;
    if (!offered?.undo || !store) return;
    void store.erasure().then((mark) => {
      if (mark === offered.erasure || shownStatus.current !== offered) return;
      setStatus({ text: `${offered.text} ${t('logUndoWithdrawn')}` });
    });
  }, [store]);
  /** The import running now, if any (one at a time). */
  const running = useRef<RunningImport>(undefined);
  const [importing, setImporting] = useState(false);
  /**
   * How far it is: a signal read only by the progress bar, so an update re-renders the bar alone, not
   * this whole view (its list, form and trends) every 50 ms of a large import.
   */
  const progress = useSignal<ImportProgress>({ phase: 'reading' });
  const progressRegion = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (status?.focusUndo) undoButton.current?.focus();
    else if (status?.focusText) statusText.current?.focus();
  }, [status]);

  useEffect(() => {
    if (store) return; // preloaded with this module
    let live = true;
    getLogStore()
      .then((opened) => live && setStore(opened))
      .catch(() => live && setOpenFailed(true));
    return () => {
      live = false;
    };
  }, []);

  // Sessions the timer ended are recorded here too (the worker does it as well; recording is idempotent).
  useEffect(() => {
    if (!store) return;
    const sync = () => {
      void syncContrastHistory(store).then(
        (added) => added && changed(),
        () => {},
      );
    };
    sync();
    const unwatch = watchContrastHistory(sync);
    const unlisten = onLogChangedElsewhere(() => {
      changed();
      withdrawStaleUndo();
    });
    return () => {
      unwatch();
      unlisten();
    };
  }, [store, changed, withdrawStaleUndo]);

  // Read as soon as the view is rendered, not after its first frame (an effect waits for one): the
  // list's read is what opening the view waits for.
  useLayoutEffect(() => {
    if (!store) return;
    let live = true;
    (async () => {
      const now = Date.now();
      // First what the list shows (a page, the count, the nudge's 35 days), so it is on screen before
      // the rest of the 90 days is read: a profile with 10,000 entries had the list wait for them.
      const nudgeFrom = now - nudgeLookbackMs;
      const nudgeWindow: LogEntry[] = [];
      const [total, skippedRecent] = await Promise.all([
        store.count(),
        store.forEachInRange(nudgeFrom, now + 1, (e) => nudgeWindow.push(e)),
      ]);
      // The newest entries are the 35 days' last ones (same order as the list's cursor, equal times
      // by id): read a page with its cursor, a round trip per entry, only when they are too few.
      const page =
        nudgeWindow.length >= shown.current
          ? { entries: nudgeWindow.slice(-shown.current).reverse(), skipped: skippedRecent }
          : await store.page(0, shown.current);
      if (!live) return;
      setList({ recent: page.entries, total, skipped: page.skipped, now, nudgeWindow });
      const older: LogEntry[] = [];
      const [skippedOlder, outsideIndex, medicines, diaryStart] = await Promise.all([
        store.forEachInRange(now - trendsLookbackMs, nudgeFrom, (e) => older.push(e)),
        store.countOutsideIndex(),
        store.medicines(),
        store.firstAt(),
      ]);
      if (!live) return;
      setMore({
        window: older.concat(nudgeWindow),
        skipped: skippedOlder + skippedRecent,
        outsideIndex,
        medicines: medicines.medicines,
        medicinesSkipped: medicines.skipped,
        diaryStart,
      });
    })().catch(() => live && setOpenFailed(true));
    return () => {
      live = false;
    };
  }, [store, changes]);

  /** The next page, read from where the list ends (nothing before it is read again). */
  const showMore = async () => {
    if (!store || !list) return;
    try {
      const next = await store.pageAfter(list.recent.at(-1), pageSize);
      shown.current = list.recent.length + pageSize;
      setList(
        (old) =>
          old && {
            ...old,
            recent: old.recent.concat(next.entries),
            skipped: Math.max(old.skipped, next.skipped),
          },
      );
    } catch {
      setOpenFailed(true);
    }
  };

  // The same broken record can be in the page and the window: count it once. Records without a usable
  // time are in neither read.
  const skipped = list ? Math.max(list.skipped, more?.skipped ?? 0) + (more?.outsideIndex ?? 0) : 0;
  const now = list?.now ?? 0;

  useEffect(() => {
    if (!justSaved || !list?.recent.some((entry) => entry.id === justSaved)) return;
    setJustSaved(undefined);
    const item = document.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(justSaved)}"]`);
    // Centred, so it is clear of the pinned header; focused, so a keyboard or screen reader user is there.
    item?.scrollIntoView({ block: 'center' });
    item?.focus({ preventScroll: true });
  }, [list, justSaved]);

  const nudge = useMemo(() => (list ? checkNudge(list.nudgeWindow, list.now) : undefined), [list]);

  /** Runs a log action and shows its outcome; `storageFull`: what to say when the disk is full. */
  const run = async (
    action: () => Promise<Status | undefined>,
    storageFull: 'logStorageFull' | 'logImportStorageFull' = 'logStorageFull',
  ) => {
    try {
      const next = await action();
      if (next?.undo && store) next.erasure = await store.erasure();
      if (next) setStatus(next);
    } catch (error) {
      setStatus({ text: t(isStorageFull(error) ? storageFull : 'logActionFailed'), error: true });
    }
    changed();
  };

  const save = (draft: LogDraft) =>
    run(async () => {
      if (!store) return;
      const entry = await store.add(draft);
      setPart('recent');
      setJustSaved(entry.id);
      return {
        text: t('logSaved', [placeName(entry.place), formatWhen(entry.at)]),
        undo: async () => (await store.remove(entry.id)) !== undefined,
      };
    });

  const edit = (id: string, draft: LogDraft) =>
    run(async () => {
      const before = await store?.get(id);
      const after = await store?.update(id, draft);
      if (!store || !after) return { text: t('logEntryGone'), error: true };
      const undo = async () => {
        // Edited or deleted since (in another page): putting the old version back would undo that too.
        if (JSON.stringify(await store.get(id)) !== JSON.stringify(after)) return false;
        await store.restore(before as LogEntry);
        return true;
      };
      return { text: t('logEdited'), undo: before ? undo : undefined };
    });

  const remove = (entry: LogEntry) =>
    run(async () => {
      const removed = await store?.remove(entry.id);
      if (!store || !removed) return { text: t('logEntryGone'), error: true };
      return {
        text: t('logDeleted', formatWhen(removed.at)),
        undo: async () => {
          await store.restore(removed);
          return true;
        },
        focusUndo: true,
      };
    });

  const exportCsv = () =>
    run(async () => {
      if (!store) return;
      const { entries, skipped } = await store.all();
      downloadText(exportFileName('csv'), toCsv(entries, placeName), 'text/csv;charset=utf-8');
      return {
        text:
          tCount('logExported', entries.length, String(entries.length)) +
          (skipped ? ` ${tCount('logSkippedExport', skipped, String(skipped))}` : ''),
      };
    });

  const exportJson = () =>
    run(async () => {
      if (!store) return;
      // Read and built in the backup worker: a large log's backup never holds up the panel. No file
      // past what import reads (backup.ts).
      const { file, entries } = await startExport(store);
      if (!file) return { text: t('logExportTooLarge'), error: true };
      downloadBlob(exportFileName('json'), file);
      return { text: tCount('logExported', entries, String(entries)) };
    });

  const importFile = (file: File) =>
    run(async () => {
      if (!store || running.current) return;
      // Announced once here and once at the end (the status); the bar in between is not a live region.
      setStatus({ text: t('logImporting') });
      progress.value = { phase: 'reading' };
      setImporting(true);
      const job = startImport(file, store, (next) => {
        progress.value = next;
      });
      running.current = job;
      try {
        const outcome = await job.done;
        // Cancel (focused while the import ran) goes away with the bar: focus the outcome instead.
        const focusText = progressRegion.current?.contains(document.activeElement) ?? false;
        if (outcome.kind === 'cancelled') return { text: t('logImportCancelled'), focusText };
        if (outcome.kind === 'refused') {
          const reason = t(`logImportError_${outcome.error}`, String(outcome.position ?? ''));
          return { text: `${t('logImportRefused')} ${reason}`, error: true, focusText };
        }
        const { result } = outcome;
        const medicines = result.medicines;
        return {
          text:
            t('logImported', [String(result.added), String(result.updated), String(result.unchanged)]) +
            (medicines
              ? ` ${t('logImportedMedicines', [String(medicines.added), String(medicines.updated), String(medicines.unchanged)])}`
              : ''),
          focusText,
        };
      } finally {
        running.current = undefined;
        setImporting(false);
      }
    }, 'logImportStorageFull');

  /** Saves a medicine from the form; false when it is not valid (the form stays open to fix it). */
  const saveMedicine = async (draft: MedicineDraft, existing?: Medicine) => {
    const medicine = medicineFromDraft(draft, Date.now(), existing);
    if (!medicine) {
      setStatus({ text: t('logMedicineInvalid'), error: true });
      return false;
    }
    let saved = false;
    await run(async () => {
      if (!store) return;
      await store.putMedicine(medicine);
      saved = true;
      return {
        text: t('logMedicineSaved', medicine.name),
        undo: async () => {
          if (!existing) return (await store.removeMedicine(medicine.id)) !== undefined;
          await store.putMedicine(existing);
          return true;
        },
      };
    });
    return saved;
  };

  const stopMedicine = (medicine: Medicine) =>
    run(async () => {
      if (!store) return;
      const stopped = { ...medicine, stoppedOn: localDayKey(Date.now()), updatedAt: Date.now() };
      await store.putMedicine(stopped);
      const undo = async () => {
        await store.putMedicine(medicine);
        return true;
      };
      return { text: t('logMedicineStoppedToday', medicine.name), undo };
    });

  const removeMedicine = (medicine: Medicine) =>
    run(async () => {
      if (!store) return;
      const removed = await store.removeMedicine(medicine.id);
      if (!removed) return { text: t('logEntryGone'), error: true };
      return {
        text: t('logMedicineRemoved', removed.name),
        undo: async () => {
          await store.putMedicine(removed);
          return true;
        },
        focusUndo: true,
      };
    });

  const deleteAll = () =>
    run(async () => {
      if (!store) return;
      // The timer's history too: otherwise its sessions would be recorded again.
      await contrastHistoryStorage.setValue([]);
      await unsavedHistoryStorage.setValue([]);
      await store.deleteAll();
      return { text: t('logDeletedAll') };
    });

  if (summary && more) {
    return (
      <section aria-labelledby="logSection-title">
        <ViewHeading id="logSection-title">{t('logSection')}</ViewHeading>
        <LogClinicSummary
          entries={more.window}
          now={now}
          medicines={more.medicines}
          diaryStart={more.diaryStart}
          onClose={() => setSummary(false)}
        />
      </section>
    );
  }

  return (
    <section aria-labelledby="logSection-title" class="log-view">
      <ViewHeading id="logSection-title">{t('logSection')}</ViewHeading>
      <div class="log-status" role="status">
        {status && (
          <div class={`notice ${status.error ? 'log-error' : ''}`}>
            <p tabIndex={-1} ref={statusText}>
              {status.text}
            </p>
            {status.undo && (
              <button
                type="button"
                ref={undoButton}
                onClick={() =>
                  run(async () => {
                    // All data deleted since (perhaps in another page): nothing is put back.
                    const erased = store && (await store.erasure()) !== status.erasure;
                    const undone = !erased && (await status.undo?.());
                    return { text: t(undone ? 'logUndone' : 'logUndoGone'), focusText: true };
                  })
                }
              >
                {t('logUndo')}
              </button>
            )}
          </div>
        )}
      </div>
      {importing && (
        <div ref={progressRegion}>
          <LogImportProgress progress={progress} onCancel={() => running.current?.cancel()} />
        </div>
      )}
      {openFailed && <p class="notice log-error">{t('logOpenFailed')}</p>}
      {skipped > 0 && <p class="notice log-error">{tCount('logSkippedRecords', skipped, String(skipped))}</p>}
      {historyBroken && <p class="notice log-error">{t('logHistoryUnreadable')}</p>}

      <h3>{t('logQuickTitle')}</h3>
      <LogEntryForm
        key={props.prefill ? `${props.prefill.groupId}-${props.prefill.side}` : 'none'}
        mode="new"
        idPrefix="log-new"
        initial={props.prefill ? { place: props.prefill.groupId, side: props.prefill.side } : {}}
        onSave={save}
      />

      {nudge?.show && <LogNudge check={nudge} onExport={exportCsv} onSummary={() => setSummary(true)} />}

      <LogToggleGroup<Part>
        legend={t('logPartsLabel')}
        class="log-parts"
        options={parts.map((value) => ({ value, label: t(`logPart_${value}`) }))}
        isPressed={(value) => value === part}
        onToggle={setPart}
      />
      {part === 'recent' ? (
        list ? (
          <LogList
            entries={list.recent}
            total={list.total}
            onShowMore={() => void showMore()}
            onEdit={edit}
            onDelete={remove}
          />
        ) : (
          <p>{t('logLoading')}</p>
        )
      ) : part === 'data' ? (
        <LogData
          onExportCsv={exportCsv}
          onExportJson={exportJson}
          onImport={importFile}
          importing={importing}
          onSummary={() => setSummary(true)}
          onDeleteAll={deleteAll}
        />
      ) : !more ? (
        <p>{t('logLoading')}</p>
      ) : part === 'trends' ? (
        <LogTrends entries={more.window} now={now} medicines={more.medicines} diaryStart={more.diaryStart} />
      ) : (
        <LogMedicines
          medicines={more.medicines}
          skipped={more.medicinesSkipped}
          now={now}
          onSave={saveMedicine}
          onStop={stopMedicine}
          onRemove={removeMedicine}
        />
      )}
    </section>
  );
}

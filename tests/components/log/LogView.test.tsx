import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/components/panel/App';
import { onShortcutKey } from '@/components/panel/shortcuts';
import { preloadViews } from '@/components/panel/views';
import { toBackupJson } from '@/lib/log/backup';
import { logDbName } from '@/lib/log/db';
import { getLogStore } from '@/lib/log/panelStore';
import { LogStore } from '@/lib/log/store';
import { currentView, navigate } from '@/lib/navigation';
import { fillStorage } from '../../support/fullDisk';

// One fake database for the file (the panel keeps one connection); emptied before each test.
describe('LogView', () => {
  let root: HTMLElement;

  const settle = async () => {
    for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  };
  // A button's name as assistive technology reads it: aria-hidden parts (the tick, the key hint) left out.
  const nameOf = (b: HTMLElement) =>
    [...b.childNodes]
      .filter((n) => !(n instanceof HTMLElement && n.getAttribute('aria-hidden') === 'true'))
      .map((n) => n.textContent)
      .join('')
      .trim();
  const button = (name: string | RegExp) => {
    const found = [...root.querySelectorAll('button')].find((b) =>
      typeof name === 'string' ? nameOf(b) === name : name.test(nameOf(b)),
    );
    if (!found) throw new Error(`No button ${name}`);
    return found;
  };
  const click = async (name: string | RegExp) => {
    await act(() => button(name).click());
    await settle();
  };
  const status = () => root.querySelector('[role="status"]')?.textContent ?? '';

  beforeEach(async () => {
    // The log view's code loads lazily in the panel; load it up front so renders are synchronous.
    await preloadViews();
    await (await getLogStore()).deleteAll();
    currentView.value = { name: 'home' };
    root = document.createElement('div');
    document.body.append(root);
    // As the entrypoint does, before the first render.
    document.addEventListener('keydown', onShortcutKey);
    act(() => render(<App />, root));
  });
  afterEach(() => {
    document.removeEventListener('keydown', onShortcutKey);
    act(() => render(null, root));
    root.remove();
  });

  it('logs a cramp in two taps: "Log a cramp", then Save', async () => {
    await click('Log a cramp');
    expect(root.querySelector('h2')?.textContent).toBe('Cramp log');
    // Save is in the bar pinned at the bottom of the form.
    expect(root.querySelector('form.log-form .log-form-actions button')?.textContent).toBe('Save cramp');
    await click('Save cramp');
    expect(status()).toContain('Cramp logged: Not sure');
    expect(root.querySelectorAll('.log-item')).toHaveLength(1);
    expect(await (await getLogStore()).count()).toBe(1);
  });

  it('says so when a save is refused for a full disk, and keeps what the log had', async () => {
    await click('Log a cramp');
    await click('Save cramp');
    expect(root.querySelectorAll('.log-item')).toHaveLength(1);
    // IndexedDB on a full disk: the write fails with QuotaExceededError and its transaction aborts.
    const store = await getLogStore();
    const full = fillStorage(store);
    await click('Save cramp');
    full.mockRestore();
    expect(status()).toContain("Not saved: the browser's storage is full. Your log is unchanged");
    expect(root.querySelectorAll('.log-item')).toHaveLength(1);
    expect(await store.count()).toBe(1);
  });

  it('opens key L when not typing, and not while typing in a field', async () => {
    const input = document.createElement('input');
    document.body.append(input);
    await act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', bubbles: true }));
    });
    expect(currentView.value.name).toBe('home');
    await act(() => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', bubbles: true }));
    });
    expect(currentView.value.name).toBe('log');
    input.remove();
  });

  it('takes the place and side from a finder prefill', async () => {
    await act(() => navigate({ name: 'log', prefill: { groupId: 'hamstrings', side: 'left' } }));
    await settle();
    expect(button(/Hamstrings/).getAttribute('aria-checked')).toBe('true');
    expect(button('Left').getAttribute('aria-checked')).toBe('true');
    await click('Save cramp');
    const { entries } = await (await getLogStore()).all();
    expect(entries[0]).toMatchObject({ place: 'hamstrings', side: 'left' });
  });

  it('undoes a save and a delete', async () => {
    await click('Log a cramp');
    await click('Save cramp');
    await click('Undo');
    expect(status()).toContain('Undone');
    expect(await (await getLogStore()).count()).toBe(0);
    await click('Save cramp');
    await click(/^Delete:/);
    expect(root.querySelectorAll('.log-item')).toHaveLength(0);
    expect(document.activeElement?.textContent).toBe('Undo');
    await click('Undo');
    expect(root.querySelectorAll('.log-item')).toHaveLength(1);
  });

  it('withdraws an Undo after "Delete all my data" in another page, saying why', async () => {
    await click('Log a cramp');
    await click('Save cramp');
    expect(button('Undo')).toBeDefined();
    // Another page: its own store on the same database.
    const other = await LogStore.open();
    await other.deleteAll();
    other.close();
    for (let i = 0; i < 50 && !status().includes('no longer possible'); i++) await settle();
    expect(status()).toContain('Undo is no longer possible: the log’s data was deleted since');
    expect(() => button('Undo')).toThrow();
    expect(await (await getLogStore()).count()).toBe(0);
  });

  it('an Undo pressed after a delete all elsewhere puts nothing back and says so', async () => {
    await click('Log a cramp');
    await click('Save cramp');
    await click(/^Delete:/);
    // The other page's delete all arrives without its broadcast (a closed page, a slow channel).
    vi.stubGlobal('BroadcastChannel', undefined);
    const other = await LogStore.open();
    await other.deleteAll();
    other.close();
    vi.unstubAllGlobals();
    await click('Undo');
    expect(status()).toContain('Nothing was undone: it has changed since');
    expect(status()).not.toContain('Undone.');
    expect(await (await getLogStore()).count()).toBe(0);
  });

  it('shows a notice for a corrupt stored record and still lists the rest', async () => {
    const store = await getLogStore();
    await store.add({ place: 'calf' });
    const raw = await openDB(logDbName);
    await raw.put('entries', { id: 'broken', at: Date.now(), place: 42 });
    raw.close();
    await click('Log a cramp');
    expect(root.textContent).toContain('1 stored entry could not be read');
    expect(root.querySelectorAll('.log-item')).toHaveLength(1);
  });

  it('refuses a malformed import with a clear message and changes nothing', async () => {
    const store = await getLogStore();
    await store.add({ place: 'calf' });
    await click('Log a cramp');
    await click('Your data');
    const input = root.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    const file = new File(['{"format":"spasm-relief-cramp-log","version":1,"entries":[{"id":1}]}'], 'b.json');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(status()).toContain(
      'Nothing was imported and your log is unchanged. Entry 1 in the file is damaged.',
    );
    expect(await store.count()).toBe(1);
  });

  it('says it is importing while a backup is read and merged, then what was imported', async () => {
    const store = await getLogStore();
    const entry = await store.add({ place: 'calf' });
    await store.deleteAll();
    await click('Log a cramp');
    await click('Your data');
    const input = root.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    // A file whose reading the test finishes by hand, as a large backup keeps the panel waiting.
    let finishReading: (text: string) => void = () => {};
    const file = { text: () => new Promise<string>((resolve) => (finishReading = resolve)) };
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(status()).toContain('Importing your backup…');
    finishReading(toBackupJson([entry]));
    await settle();
    expect(status()).toContain('Imported: 1 new, 0 updated, 0 already in the log.');
    expect(await store.count()).toBe(1);
  });

  it('shows an import as a progress bar outside the status, and Cancel leaves the log as it was', async () => {
    const store = await getLogStore();
    const kept = await store.add({ place: 'calf' });
    const incoming = await store.add({ place: 'jaw' });
    await store.remove(incoming.id);
    await click('Log a cramp');
    await click('Your data');
    const input = root.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    let finishReading: (text: string) => void = () => {};
    const file = { text: () => new Promise<string>((resolve) => (finishReading = resolve)) };
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    const bar = root.querySelector('[role="progressbar"]');
    expect(bar?.getAttribute('aria-valuetext')).toBe('Reading the file…');
    expect(bar?.getAttribute('aria-valuenow')).toBe('0');
    // Not a live region: only the start and the end are announced.
    expect(bar?.closest('[role="status"], [aria-live]')).toBeNull();
    expect(input.disabled).toBe(true);
    expect(document.activeElement?.textContent).toBe('Cancel import');
    await click('Cancel import');
    finishReading(toBackupJson([incoming]));
    await settle();
    expect(status()).toContain('Import cancelled. Nothing was imported and your log is unchanged.');
    expect(root.querySelector('[role="progressbar"]')).toBeNull();
    expect(input.disabled).toBe(false);
    expect((await store.all()).entries.map((entry) => entry.id)).toEqual([kept.id]);
  });

  it('says an import was refused for a full disk, and keeps what the log had', async () => {
    const store = await getLogStore();
    const kept = await store.add({ place: 'calf' });
    const incoming = await store.add({ place: 'jaw' });
    await store.remove(incoming.id);
    await click('Log a cramp');
    await click('Your data');
    const input = root.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    const file = new File([toBackupJson([incoming])], 'b.json');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    const full = fillStorage(store);
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    full.mockRestore();
    expect(status()).toContain(
      "Not imported: the browser's storage is full. Your log is unchanged and nothing from the file was added",
    );
    expect((await store.all()).entries.map((entry) => entry.id)).toEqual([kept.id]);
  });

  it('asks before deleting everything, and the safe answer keeps the data', async () => {
    await (await getLogStore()).add({ place: 'calf' });
    await click('Log a cramp');
    await click('Your data');
    await click('Delete all my data…');
    expect(document.activeElement?.textContent).toBe('No, keep my data');
    await click('No, keep my data');
    expect(await (await getLogStore()).count()).toBe(1);
    await click('Delete all my data…');
    await click('Yes, delete everything');
    expect(await (await getLogStore()).count()).toBe(0);
  });

  it('switches the trends window and shows the table alternative', async () => {
    const store = await getLogStore();
    await store.add({ place: 'calf', tried: ['compression'], helped: 'better' });
    await click('Log a cramp');
    await click('Trends');
    await click('7 days');
    expect(root.querySelectorAll('.trend-chart-bar')).toHaveLength(1);
    const table = root.querySelector<HTMLTableElement>('.trend-chart table');
    expect(table?.hidden).toBe(true);
    await click('Show as a table');
    expect(table?.hidden).toBe(false);
    expect(table?.querySelectorAll('tbody tr')).toHaveLength(7);
    expect(root.querySelector('.log-best')?.textContent).toContain('Compression');
  });
  it('keeps a medicine list: add, edit, stop today, remove with undo; a marker on the trend chart', async () => {
    const type = async (selector: string, value: string) => {
      const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
      if (!field) throw new Error(`No field ${selector}`);
      await act(() => {
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      });
    };
    await click('Log a cramp');
    await click('Medicines');
    expect(root.textContent).toContain('this app never suggests a medicine or a dose');
    expect(root.textContent).toContain('No medicines on your list.');
    await click('Add a medicine');
    // A name is needed.
    await type('#medicine-new-name', '  ');
    await act(() => root.querySelector<HTMLFormElement>('.log-medicine-form')?.requestSubmit());
    await settle();
    expect(status()).toContain('Not saved: give a name');
    const store = await getLogStore();
    expect((await store.medicines()).medicines).toHaveLength(0);

    const started = new Date(Date.now() - 10 * 86_400_000);
    const startedOn = `${started.getFullYear()}-${String(started.getMonth() + 1).padStart(2, '0')}-${String(started.getDate()).padStart(2, '0')}`;
    await type('#medicine-new-name', 'Medicine A');
    await type('#medicine-new-started', startedOn);
    await type('#medicine-new-dose', 'as my neurologist said');
    await click('Save medicine');
    expect(status()).toContain('Medicine saved: Medicine A.');
    expect((await store.medicines()).medicines).toMatchObject([
      { name: 'Medicine A', purpose: 'cramps', startedOn, doseNote: 'as my neurologist said' },
    ]);
    expect(root.querySelector('.log-medicines .log-item-title')?.textContent).toBe('Medicine A');

    await click('Edit: Medicine A');
    await click('Something else');
    await click('Save changes');
    expect((await store.medicines()).medicines[0]?.purpose).toBe('other');

    await click('Stopped today: Medicine A');
    expect((await store.medicines()).medicines[0]?.stoppedOn).toBeDefined();

    await click('Trends');
    expect(root.querySelectorAll('.trend-chart-marker')).toHaveLength(2);
    expect(root.querySelector('.trend-chart-markers')?.textContent).toContain('started Medicine A');

    await click('Medicines');
    await click('Remove: Medicine A');
    expect((await store.medicines()).medicines).toHaveLength(0);
    expect(document.activeElement?.textContent).toBe('Undo');
    await click('Undo');
    expect((await store.medicines()).medicines).toHaveLength(1);
  });
});

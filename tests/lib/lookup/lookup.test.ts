import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lookupMenuId, onLookupMenuClicked } from '@/lib/lookup/contextMenu';
import { defaultSuggestion, escapeOmniboxXml, lookupSuggestions } from '@/lib/lookup/omnibox';
import {
  cleanLookupQuery,
  pendingLookupStorage,
  savePendingLookup,
  takePendingLookup,
} from '@/lib/lookup/pending';

type Fake = { sidePanel?: unknown; sidebarAction?: unknown };

afterEach(() => {
  delete (fakeBrowser as unknown as Fake).sidePanel;
  delete (fakeBrowser as unknown as Fake).sidebarAction;
});

describe('context-menu lookup', () => {
  it('opens the side panel inside the gesture, before anything is awaited, then stores the query', async () => {
    const calls: string[] = [];
    const open = vi.fn(async (options: unknown) => {
      calls.push(`open ${JSON.stringify(options)}`);
    });
    (fakeBrowser as unknown as Fake).sidePanel = { open };
    const done = onLookupMenuClicked(
      { menuItemId: lookupMenuId, selectionText: '  left\n calf  ' },
      { windowId: 7 },
    );
    // Called synchronously: nothing has been awaited yet.
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
    await done;
    expect(calls).toEqual(['open {"windowId":7}']);
    expect(await pendingLookupStorage.getValue()).toMatchObject({ query: 'left calf' });
  });

  it('opens the Firefox sidebar when there is no side panel', async () => {
    const open = vi.fn(async () => {});
    (fakeBrowser as unknown as Fake).sidebarAction = { open };
    await onLookupMenuClicked({ menuItemId: lookupMenuId, selectionText: 'hammy' }, { windowId: 1 });
    expect(open).toHaveBeenCalledOnce();
    expect(await takePendingLookup()).toBe('hammy');
  });

  it('ignores other menu items and still stores nothing', async () => {
    await onLookupMenuClicked({ menuItemId: 'someone-else', selectionText: 'calf' });
    expect(await pendingLookupStorage.getValue()).toBeNull();
  });

  it('stores the query even when the browser refuses to open the panel', async () => {
    (fakeBrowser as unknown as Fake).sidePanel = {
      open: vi.fn(async () => Promise.reject(new Error('no gesture'))),
    };
    await onLookupMenuClicked({ menuItemId: lookupMenuId, selectionText: 'shin' }, { windowId: 2 });
    expect(await takePendingLookup()).toBe('shin');
  });
});

describe('pending lookup', () => {
  it('is taken once', async () => {
    await savePendingLookup('calf');
    expect(await takePendingLookup()).toBe('calf');
    expect(await takePendingLookup()).toBeNull();
  });

  it('ignores a stale or corrupt one', async () => {
    await savePendingLookup('calf', Date.now() - 60 * 60_000);
    expect(await takePendingLookup()).toBeNull();
    await pendingLookupStorage.setValue({ query: 42, at: 'x' } as never);
    expect(await takePendingLookup()).toBeNull();
  });

  it('cleans selections: one line, capped length, strings only', () => {
    expect(cleanLookupQuery('a\n\tb  c')).toBe('a b c');
    expect(cleanLookupQuery('x'.repeat(10_000))).toHaveLength(500);
    expect(cleanLookupQuery(undefined)).toBe('');
  });
});

describe('omnibox', () => {
  it('escapes XML-special characters', () => {
    expect(escapeOmniboxXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });

  it('suggests the best groups with their antagonist, escaped', () => {
    const [first] = lookupSuggestions('calf');
    expect(first?.content).toBe('Calf (back of lower leg)');
    expect(first?.description).toContain('Shin (front of lower leg)');
    expect(first?.description).not.toMatch(/[<>]/);
    expect(lookupSuggestions('<b>calf</b> & shin').length).toBeGreaterThan(0);
    expect(lookupSuggestions('zzzz')).toEqual([]);
  });

  it('puts the emergency advice first for chest pain', () => {
    expect(defaultSuggestion('chest pain')).toContain('emergency');
    expect(defaultSuggestion('zzzz')).toContain('No muscle matches');
  });

  it('puts the spinal emergency first for a back spasm with bladder trouble, and still names the place', () => {
    expect(defaultSuggestion('back spasm and trouble passing urine')).toContain('emergency care now');
    expect(lookupSuggestions('back spasm and trouble passing urine')[0]?.content).toBe('Lower back');
  });
});

describe('watching for lookups', () => {
  it('shows each new lookup in every open panel and clears it a little later', async () => {
    vi.useFakeTimers();
    const { watchPendingLookup } = await import('@/lib/lookup/pending');
    const seenA: string[] = [];
    const seenB: string[] = [];
    const stopA = watchPendingLookup((query) => seenA.push(query));
    const stopB = watchPendingLookup((query) => seenB.push(query));
    await savePendingLookup('left calf');
    await vi.waitFor(() => expect(seenA).toEqual(['left calf']));
    expect(seenB).toEqual(['left calf']);
    // A panel still starting up within the grace time finds it too.
    expect(await pendingLookupStorage.getValue()).toMatchObject({ query: 'left calf' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await pendingLookupStorage.getValue()).toBeNull();
    stopA();
    stopB();
    vi.useRealTimers();
  });
});

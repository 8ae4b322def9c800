import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerLookupListeners } from '@/lib/lookup';
import { lookupMenuId } from '@/lib/lookup/contextMenu';

type Listener = (...args: never[]) => unknown;
const event = () => {
  const listeners: Listener[] = [];
  return { listeners, addListener: (listener: Listener) => listeners.push(listener) };
};

afterEach(() => {
  vi.unstubAllGlobals();
  const fake = fakeBrowser as unknown as Record<string, unknown>;
  delete fake.contextMenus;
  delete fake.omnibox;
});

describe('registerLookupListeners', () => {
  function stubApis(removeFails: boolean) {
    const menus = {
      create: vi.fn(async () => lookupMenuId),
      update: vi.fn(async () => undefined),
      remove: vi.fn(async () => {
        if (removeFails) throw new Error('Cannot find menu item');
      }),
      onClicked: event(),
    };
    const omnibox = {
      onInputStarted: event(),
      onInputChanged: event(),
      onInputEntered: event(),
      setDefaultSuggestion: vi.fn(),
    };
    Object.assign(fakeBrowser, { contextMenus: menus, omnibox });
    return { menus, omnibox };
  }

  it.each([true, false])(
    'creates the selection menu item on install, whether or not an old one existed (%s)',
    async (removeFails) => {
      const { menus } = stubApis(removeFails);
      registerLookupListeners();
      await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
      await vi.waitFor(() => expect(menus.create).toHaveBeenCalledOnce());
      expect(menus.remove).toHaveBeenCalledWith(lookupMenuId);
      expect(menus.create).toHaveBeenCalledWith({
        id: lookupMenuId,
        title: 'Find the antagonist for “%s”',
        contexts: ['selection'],
      });
      expect(menus.onClicked.listeners).toHaveLength(1);
    },
  );

  it('answers omnibox typing with suggestions and a default line', () => {
    const { omnibox } = stubApis(false);
    registerLookupListeners();
    const suggest = vi.fn();
    const [onChanged] = omnibox.onInputChanged.listeners as ((text: string, suggest: unknown) => void)[];
    onChanged?.('back of thigh', suggest);
    expect(suggest.mock.calls[0]?.[0]?.[0]?.content).toBe('Hamstrings (back of thigh)');
    expect(omnibox.setDefaultSuggestion).toHaveBeenCalledWith({
      description: expect.stringContaining('cramp'),
    });
    expect(omnibox.onInputEntered.listeners).toHaveLength(1);
  });

  it('titles the menu item in the chosen language, and again when it changes', async () => {
    const es = readFileSync('public/_locales/es/messages.json', 'utf8');
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        String(url).endsWith('/_locales/es/messages.json')
          ? new Response(es)
          : new Response('', { status: 404 }),
      ),
    );
    const spanishTitle = JSON.parse(es).finderMenuTitle.message;
    await fakeBrowser.storage.sync.set({
      appearance: { theme: 'system', textSize: 100, language: 'es' },
      appearance$: { v: 2 },
    });
    const { menus } = stubApis(false);
    registerLookupListeners();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() =>
      expect(menus.create).toHaveBeenCalledWith(expect.objectContaining({ title: spanishTitle })),
    );
    await fakeBrowser.storage.sync.set({ appearance: { theme: 'system', textSize: 100, language: 'auto' } });
    await vi.waitFor(() =>
      expect(menus.update).toHaveBeenCalledWith(lookupMenuId, { title: 'Find the antagonist for “%s”' }),
    );
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';

describe('background', () => {
  it('makes the toolbar icon open the side panel at every worker start', async () => {
    const setPanelBehavior = vi.fn(async () => {});
    (fakeBrowser as unknown as { sidePanel: object }).sidePanel = { setPanelBehavior };
    // The fake browser does not implement menus or the omnibox (their listeners are optional there).
    Object.assign(fakeBrowser, { contextMenus: undefined, omnibox: undefined });
    background.main();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });
});

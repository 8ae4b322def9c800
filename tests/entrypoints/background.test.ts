import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';

describe('background', () => {
  it('makes the toolbar icon open the side panel at every worker start', async () => {
    const setPanelBehavior = vi.fn(async () => {});
    (fakeBrowser as unknown as { sidePanel: object }).sidePanel = { setPanelBehavior };
    background.main();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });
});

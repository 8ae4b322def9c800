import { browser } from 'wxt/browser';

/**
 * The storage area for values that must not outlive the browser or touch the disk: `session` (kept in
 * memory, with its own quota apart from `local`). Old Firefox versions lack it and get `local`.
 */
export const memoryOnlyArea: 'session' | 'local' = (browser.storage as { session?: unknown }).session
  ? 'session'
  : 'local';

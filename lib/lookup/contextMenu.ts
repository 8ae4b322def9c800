import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { initI18n } from '@/lib/settings/language';
import { openPanelNow } from './openPanel';
import { cleanLookupQuery, savePendingLookup } from './pending';

/** The id of our one context-menu item. */
export const lookupMenuId = 'spasm-relief-finder-lookup';

/** The parts of a menu click the handler reads (real events carry more). */
export interface LookupMenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

/**
 * Creates "Find the antagonist for “%s”" on selected text, in the language the user chose. Runs on
 * install and update; an item left from an earlier version is removed first, so a re-install never
 * fails on a duplicate id.
 */
export async function createLookupMenu(): Promise<void> {
  const menus = browser.contextMenus;
  if (!menus) return;
  await initI18n().catch(() => undefined);
  await menus.remove(lookupMenuId).catch(() => undefined);
  try {
    await menus.create({ id: lookupMenuId, title: t('finderMenuTitle'), contexts: ['selection'] });
  } catch (error) {
    console.warn('Spasm Relief: could not create the finder menu item', error);
  }
}

/**
 * Opens the panel on the selected text. The panel is opened first, synchronously, because the
 * browser only allows it inside the click's gesture; the query is stored after and the panel, which
 * watches the store, shows it when it arrives.
 */
export function onLookupMenuClicked(info: LookupMenuClick, tab?: { windowId?: number }): Promise<void> {
  if (info.menuItemId !== lookupMenuId) return Promise.resolve();
  const opened = openPanelNow(tab?.windowId);
  const saved = savePendingLookup(cleanLookupQuery(info.selectionText)).catch((error: unknown) =>
    console.error('Spasm Relief: could not store the lookup', error),
  );
  return Promise.all([opened, saved]).then(() => undefined);
}

/** Puts the menu item's title in the language t() gives now (after the user changed it). */
export async function retitleLookupMenu(): Promise<void> {
  await browser.contextMenus?.update(lookupMenuId, { title: t('finderMenuTitle') }).catch(() => undefined);
}

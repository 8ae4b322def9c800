import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import type { Finder } from '@/lib/muscles/finder/engine';
import { oppositeSummaryKey } from '@/lib/muscles/finder/termsEn';
import { type MuscleGroupId, muscleGroupNameKey } from '@/lib/muscles/ids';
import { loadedFinder } from './finderSource';
import { lookupPageUrl, openPanelNow } from './openPanel';
import { cleanLookupQuery, savePendingLookup } from './pending';

/** One omnibox suggestion. */
export interface LookupSuggestion {
  content: string;
  description: string;
}

const maxSuggestions = 5;
const maxDescriptionChars = 140;

const xmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for Chrome's omnibox descriptions, which are parsed as XML (the five XML entities). */
export function escapeOmniboxXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => xmlEntities[char] ?? char);
}

// Firefox shows descriptions as plain text (escaping would show "&#38;"); Chrome parses XML.
const descriptionText = (text: string) =>
  import.meta.env.BROWSER === 'firefox' ? text : escapeOmniboxXml(text);

/** What the opposite muscle is, in one short line, for a suggestion. */
function oppositeLine(finder: Finder, id: MuscleGroupId): string {
  const names = finder.data.groups[id].antagonistGroups
    .filter((other) => other !== id)
    .map((other) => t(muscleGroupNameKey(other)));
  const line = names.length > 0 ? names.join(', ') : t(oppositeSummaryKey(id));
  return line.length > maxDescriptionChars ? `${line.slice(0, maxDescriptionChars - 1)}…` : line;
}

/**
 * Suggestions for what the user has typed after the `cramp` keyword: best groups first. None while
 * the finder's data is not loaded yet (the worker's listener waits for it: see ./index.ts).
 */
export function lookupSuggestions(text: string, finder = loadedFinder()): LookupSuggestion[] {
  if (!finder) return [];
  const result = finder.find(text);
  return result.matches.slice(0, maxSuggestions).map(({ id }) => {
    const name = t(muscleGroupNameKey(id));
    return {
      content: name,
      description: descriptionText(t('finderOmniboxSuggestion', [name, oppositeLine(finder, id)])),
    };
  });
}

/** The line above the suggestions: the emergency advice when it applies, else a hint. */
export function defaultSuggestion(text: string, finder = loadedFinder()): string {
  if (!finder) return descriptionText(t('finderOmniboxDefault'));
  const result = finder.find(text);
  if (result.emergency) return descriptionText(t('finderOmniboxEmergency'));
  if (result.spinalEmergency) return descriptionText(t('finderOmniboxSpinalEmergency'));
  if (text.trim() && result.matches.length === 0) return descriptionText(t('finderOmniboxNoMatch'));
  return descriptionText(t('finderOmniboxDefault'));
}

// The window the user is typing in, learnt while they type, so Enter can open its panel at once.
let typingWindowId: number | undefined;

/** Remembers the current window when the user starts typing after the keyword. */
export function onOmniboxStarted(): void {
  browser.windows
    ?.getCurrent()
    .then((window) => {
      typingWindowId = window.id;
    })
    .catch(() => undefined);
}

/**
 * Enter in the omnibox: opens the panel on the query where the browser allows it (inside the
 * gesture, before any await), else the finder in an extension tab.
 */
export function onOmniboxEntered(text: string, disposition = 'currentTab'): Promise<void> {
  const query = cleanLookupQuery(text);
  const opened = openPanelNow(typingWindowId);
  return savePendingLookup(query)
    .catch((error: unknown) => console.error('Spasm Relief: could not store the lookup', error))
    .then(() => opened)
    .then(async (panelOpened) => {
      if (panelOpened) return;
      const url = lookupPageUrl(query);
      if (disposition === 'currentTab') await browser.tabs.update({ url });
      else await browser.tabs.create({ url, active: disposition !== 'newBackgroundTab' });
    })
    .catch((error: unknown) => console.error('Spasm Relief: could not open the finder', error));
}

/// <reference types="chrome" />
/** Chrome's offscreen document that plays the chime (service workers cannot play audio). */
const offscreenPath = 'offscreen.html';

let creating: Promise<void> | null = null;

/**
 * Makes sure the offscreen document exists. Chrome closes it after 30 s of silence, so existence is
 * checked with runtime.getContexts each time; concurrent callers share one creation (the race guard).
 */
export async function ensureOffscreenDocument(): Promise<void> {
  const url = chrome.runtime.getURL(offscreenPath);
  const contexts = await chrome.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType],
    documentUrls: [url],
  });
  if (contexts.length > 0) return;
  if (!creating) {
    creating = chrome.offscreen
      .createDocument({
        url: offscreenPath,
        reasons: ['AUDIO_PLAYBACK' as chrome.offscreen.Reason],
        justification: 'Plays the contrast timer chime while the panel is closed.',
      })
      .catch((error: unknown) => {
        // Another caller may have won the race: only a document that still does not exist is an error.
        if (!String(error).includes('single offscreen')) throw error;
      })
      .finally(() => {
        creating = null;
      });
  }
  await creating;
}

/** Whether this browser has offscreen documents (Chrome); Firefox plays audio in its background page. */
export function hasOffscreen(): boolean {
  return typeof chrome !== 'undefined' && typeof chrome.offscreen?.createDocument === 'function';
}

import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messages';
import { chimePath, playChimeHere } from './audio';
import { ensureOffscreenDocument, hasOffscreen } from './offscreen';

/**
 * Readies the chime (Chrome: creates the offscreen document), so that `playChime(volume, true)` sends
 * the request at once, in the same turn as the notification. Never throws.
 */
export async function prepareChime(): Promise<void> {
  try {
    if (!import.meta.env.FIREFOX && hasOffscreen()) await ensureOffscreenDocument();
  } catch (error) {
    console.error('Spasm Relief: the chime could not be prepared', error);
  }
}

/**
 * Plays the chime from the worker: Chrome through the offscreen document, Firefox directly in its
 * background page. `key` names this chime (`<alert key>@<chime number>`): the offscreen document plays a
 * key once, so a worker that resends a chime it could not confirm never rings it twice. `prepared`:
 * prepareChime() just ran, so send without checking again. Never throws: a failed chime is logged, the
 * notification still shows.
 */
export async function playChime(volume: number, key: string, prepared = false): Promise<void> {
  try {
    // The FIREFOX constant lets the Firefox build drop the offscreen code (Firefox has no such API).
    if (!import.meta.env.FIREFOX && hasOffscreen()) {
      if (!prepared) await ensureOffscreenDocument();
      await sendMessage('playChime', { volume, key });
    } else {
      await playChimeHere(volume, browser.runtime.getURL(chimePath));
    }
  } catch (error) {
    console.error('Spasm Relief: the chime could not play', error);
  }
}

import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messages';
import { chimePath, playChimeHere } from './audio';
import { ensureOffscreenDocument, hasOffscreen } from './offscreen';

/**
 * Plays the chime from the worker: Chrome through the offscreen document, Firefox directly in its
 * background page. Never throws: a failed chime is logged, the notification still shows.
 */
export async function playChime(volume: number): Promise<void> {
  try {
    // The FIREFOX constant lets the Firefox build drop the offscreen code (Firefox has no such API).
    if (!import.meta.env.FIREFOX && hasOffscreen()) {
      await ensureOffscreenDocument();
      await sendMessage('playChime', { volume });
    } else {
      await playChimeHere(volume, browser.runtime.getURL(chimePath));
    }
  } catch (error) {
    console.error('Spasm Relief: the chime could not play', error);
  }
}

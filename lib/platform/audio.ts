/** The chime, a short generated WAV (made by tests/tools/make-chime.mjs, committed under public/). */
export const chimePath = '/sounds/chime.wav';

/**
 * Plays the chime in a page that has a DOM (Chrome's offscreen document, Firefox's background page,
 * the panel's "Test sound"). No browser API needed, so it runs in the offscreen document too.
 */
export async function playChimeHere(volume: number, url = chimePath): Promise<void> {
  const audio = new Audio(url);
  audio.volume = Math.min(1, Math.max(0, volume / 100));
  await audio.play();
}

/// <reference types="chrome" />
/**
 * Speaks a prompt: chrome.tts in Chrome, speechSynthesis in Firefox's background page.
 * Never throws (headless Chrome has no voices; the notification and chime still alert).
 */
export function speak(text: string): void {
  try {
    const tts = typeof chrome !== 'undefined' ? chrome.tts : undefined;
    if (tts?.speak) {
      tts.speak(text, { enqueue: false }, () => void chrome.runtime.lastError);
      return;
    }
    if (typeof speechSynthesis !== 'undefined') {
      speechSynthesis.cancel();
      speechSynthesis.speak(new SpeechSynthesisUtterance(text));
    }
  } catch (error) {
    console.error('Spasm Relief: could not speak the prompt', error);
  }
}

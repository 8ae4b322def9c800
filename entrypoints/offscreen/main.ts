import { onMessage } from '@/lib/messages';
import { playChimeHere } from '@/lib/platform/audio';

// Chrome only: the worker cannot play audio, this document does it on request. It answers on receipt,
// not when playback starts: the worker marks the chime as sent on this answer (lib/contrast/service.ts).
onMessage('playChime', ({ data }) => {
  playChimeHere(data.volume).catch((error) => console.error('Spasm Relief: the chime could not play', error));
});

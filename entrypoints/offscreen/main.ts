import { onMessage } from '@/lib/messages';
import { playChimeHere } from '@/lib/platform/audio';
import { chimeOnce } from '@/lib/platform/chimeOnce';

// Chrome only: the worker cannot play audio, this document does it on request. It answers on receipt,
// not when playback starts: the worker marks the chime as sent on this answer (lib/contrast/service.ts),
// and a chime sent again by a worker that never got the answer is not played twice.
const firstTime = chimeOnce();
onMessage('playChime', ({ data }) => {
  if (!firstTime(data.key)) return;
  playChimeHere(data.volume).catch((error) => console.error('Spasm Relief: the chime could not play', error));
});

import { onMessage } from '@/lib/messages';
import { playChimeHere } from '@/lib/platform/audio';

// Chrome only: the worker cannot play audio, this document does it on request.
onMessage('playChime', ({ data }) => playChimeHere(data.volume));

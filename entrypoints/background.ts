import { createTimerService } from '@/lib/contrast/service';
import { registerTimer } from '@/lib/contrast/worker';
import { registerCrampNowCommand } from '@/lib/cramp/command';
import { startContrastSessionRecording } from '@/lib/log/contrastSync';
import { registerLookupListeners } from '@/lib/lookup';
import { configurePanelOpening } from '@/lib/platform/panel';

// Wiring only: every listener is registered synchronously here; the logic lives in lib/.
export default defineBackground(() => {
  configurePanelOpening();
  // Finder lookups while browsing: the context menu on selected text and the `cramp` omnibox keyword.
  registerLookupListeners();
  registerTimer(createTimerService());
  // The "Cramp now" keyboard command opens the panel on the flow.
  registerCrampNowCommand();
  // Ended contrast sessions go into the cramp log even while the panel is closed.
  startContrastSessionRecording();
  // End of the worker's start-up evaluation, in ms from its start: read by tests/tools/bench-worker.mjs
  // through DevTools. An in-memory timeline entry; nothing is stored or sent.
  performance.mark('worker-ready');
});

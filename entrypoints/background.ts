import { registerTimer } from '@/lib/contrast/worker';
import { configurePanelOpening } from '@/lib/platform/panel';

// Wiring only: every listener is registered synchronously here; the logic lives in lib/.
export default defineBackground(() => {
  configurePanelOpening();
  registerTimer();
});

import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { LoadLayer } from './AccessBoot';

// Imported from here, the panel's entry chunk, so the layer's chunk is known to need only its own
// stylesheet (imported from AccessBoot's chunk, the build would also ask for the inlined one).
const loadLayer: LoadLayer = () => import('./AccessLayer').then((module) => module.AccessLayer);

/**
 * The panel's (and the caregiver window's) one hook for switch scanning and dwell. `offer`: whether
 * the first-run question may show (not in the caregiver window). It carries nothing into the first paint: right
 * after it, the small module that reads "How I use the panel" loads (AccessBoot), and that one loads
 * the scanning or dwell layer only when such a mode is on.
 */
export function AccessMount({ offer = true }: { offer?: boolean }) {
  const [boot, setBoot] = useState<ComponentType<{ load: LoadLayer; offer?: boolean }> | null>(null);
  useEffect(() => {
    import('./AccessBoot').then(
      (module) => setBoot(() => module.AccessBoot),
      (error: unknown) => console.error('Spasm Relief: the input mode setting failed to load', error),
    );
  }, []);
  if (!boot) return null;
  const AccessBoot = boot;
  return <AccessBoot load={loadLayer} offer={offer} />;
}

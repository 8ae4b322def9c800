import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { currentView } from '@/lib/navigation';
import { type InputModeSettings, needsAccessLayer } from '@/lib/settings/inputMode';
import { inputMode, startInputMode } from '@/lib/settings/inputModeModel';
import { FirstRunOffer } from './FirstRunOffer';

type Layer = ComponentType<{ settings: InputModeSettings }>;
/** Loads the scanning and dwell layer's code (passed in by AccessMount). */
export type LoadLayer = () => Promise<Layer>;
let loaded: Layer | undefined;

/**
 * Reads "How I use the panel" and, only for two switches, one switch or dwell, loads the access
 * layer (its own chunk): the default pointer and keyboard modes load nothing more and change nothing.
 */
export function AccessBoot({ load, offer: mayOffer = true }: { load: LoadLayer; offer?: boolean }) {
  useEffect(() => startInputMode(), []);
  const settings = inputMode.value;
  const wanted = settings !== null && needsAccessLayer(settings.mode);
  const [layer, setLayer] = useState<Layer | undefined>(() => loaded);
  useEffect(() => {
    if (!wanted || layer) return;
    let live = true;
    load().then(
      (component) => {
        loaded = component;
        if (live) setLayer(() => component);
      },
      (error: unknown) => console.error('Spasm Relief: the switch and dwell layer failed to load', error),
    );
    return () => {
      live = false;
    };
  }, [wanted, layer]);
  // Asked once, on the home view, until answered here or in Settings.
  const offer = mayOffer && settings !== null && !settings.offered && currentView.value.name === 'home';
  const AccessLayer = layer;
  return (
    <>
      {offer && <FirstRunOffer />}
      {wanted && AccessLayer && settings && <AccessLayer settings={settings} />}
    </>
  );
}

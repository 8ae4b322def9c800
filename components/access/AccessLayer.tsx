import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { InputModeSettings } from '@/lib/settings/inputMode';
import { ScanController } from './scanController';
import './AccessLayer.css';

/**
 * Switch scanning over the whole panel, loaded only when a scanning or dwell mode is on (see
 * AccessMount): the highlight box and the "back" stop that ends every group. Everything it scans is
 * read from the views' `data-scan-group` attributes.
 */
export function AccessLayer({ settings }: { settings: InputModeSettings }) {
  const highlight = useRef<HTMLDivElement>(null);
  const back = useRef<HTMLButtonElement>(null);
  const controller = useRef<ScanController | null>(null);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.access = 'scan';
    if (!highlight.current || !back.current) return;
    const scan = new ScanController(settings, { highlight: highlight.current, back: back.current });
    controller.current = scan;
    const stop = scan.start();
    return () => {
      stop();
      controller.current = null;
      delete root.dataset.access;
      delete root.dataset.scanLevel;
    };
    // One controller per mode; new keys and timings are handed to it below.
  }, [settings.mode]);

  useEffect(() => controller.current?.update(settings), [settings]);

  return (
    <div class="access-layer" data-scan-ignore="">
      <div class="access-highlight" ref={highlight} aria-hidden="true" hidden />
      <button type="button" class="big access-back" ref={back} hidden tabIndex={-1}>
        <span aria-hidden="true">↩ </span>
        {t('accessBack')}
      </button>
    </div>
  );
}

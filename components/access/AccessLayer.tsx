import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { InputModeSettings } from '@/lib/settings/inputMode';
import { DwellController } from './dwellController';
import { ScanController } from './scanController';
import './AccessLayer.css';

/**
 * Two switches or one: the highlight box and the "back" stop that ends every group. Everything it
 * scans is read from the views' `data-scan-group` attributes.
 */
function ScanLayer({ settings }: { settings: InputModeSettings }) {
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

/**
 * Dwell: the ring that fills at the pointer and the scroll areas. They are for the pointer only
 * (aria-hidden, not focusable): a keyboard or screen reader user scrolls as usual.
 */
function DwellLayer({ dwellMs }: { dwellMs: number }) {
  const ring = useRef<HTMLDivElement>(null);
  const up = useRef<HTMLDivElement>(null);
  const down = useRef<HTMLDivElement>(null);
  const controller = useRef<DwellController | null>(null);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.access = 'dwell';
    if (!ring.current || !up.current || !down.current) return;
    const dwell = new DwellController(dwellMs, { ring: ring.current, up: up.current, down: down.current });
    controller.current = dwell;
    const stop = dwell.start();
    return () => {
      stop();
      controller.current = null;
      delete root.dataset.access;
    };
  }, []);

  useEffect(() => controller.current?.update(dwellMs), [dwellMs]);

  return (
    <div class="access-layer" data-scan-ignore="" aria-hidden="true">
      <div class="access-dwell-area access-dwell-up" data-dwell-scroll="up" ref={up} hidden>
        ▲ {t('accessScrollUp')}
      </div>
      <div class="access-dwell-area access-dwell-down" data-dwell-scroll="down" ref={down} hidden>
        ▼ {t('accessScrollDown')}
      </div>
      <div class="access-dwell-ring" ref={ring} hidden />
    </div>
  );
}

/**
 * The switch-scanning and dwell layer, loaded only when one of those modes is on (AccessBoot): the
 * default pointer and keyboard modes never load this code.
 */
export function AccessLayer({ settings }: { settings: InputModeSettings }) {
  if (settings.mode === 'dwell') return <DwellLayer dwellMs={settings.dwellMs} />;
  return <ScanLayer settings={settings} />;
}

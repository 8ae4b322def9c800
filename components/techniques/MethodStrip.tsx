import { useEffect } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { currentView, navigate } from '@/lib/navigation';
import { techniqueIds, techniques } from '@/lib/techniques/data';
import { markMethodsPainted, methodNameTiming } from '../panel/paintedMark';
import { MethodIcon } from './MethodIcon';
import './MethodStrip.css';

/**
 * The pinned reminder of the four methods, on top of every view: one row of icon + short-name buttons
 * (the one-line "how" of each lives in its detail view), so the pinned part stays small.
 */
export function MethodStrip() {
  const view = currentView.value;
  // Start-up benchmark marker (tests/tools/bench-startup.mjs): when the four names were on screen.
  useEffect(() => markMethodsPainted(techniqueIds.length), []);
  return (
    <nav class="method-strip" data-scan-group="methods" aria-label={t('stripLabel')}>
      <ol>
        {techniqueIds.map((id, index) => {
          const technique = techniques[id];
          const current = view.name === 'technique' && view.id === id;
          return (
            <li key={id}>
              <button
                type="button"
                class="method-button"
                data-method={id}
                aria-current={current ? 'page' : undefined}
                aria-keyshortcuts={String(index + 1)}
                onClick={() => navigate({ name: 'technique', id })}
              >
                <span class="method-key" aria-hidden="true">
                  {index + 1}
                </span>
                <MethodIcon id={id} />
                {/* The visible short word first (what a voice user says), then the full name. */}
                <strong class="method-name" {...{ elementtiming: methodNameTiming }}>
                  {t(technique.shortKey)}
                </strong>
                <span class="visually-hidden">, {t(technique.nameKey)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

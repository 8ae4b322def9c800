import type { SourceId } from '@/lib/content/sources';
import { sources } from '@/lib/content/sources';
import { t } from '@/lib/i18n';

/** The source ids behind a fact, with the full citations as a tooltip-free, readable title list. */
export function SourceNote({ ids }: { ids: readonly SourceId[] }) {
  if (ids.length === 0) return null;
  return (
    <span class="source-note" data-sources={ids.join(' ')}>
      {t('detailSources', ids.join(', '))}
      <span class="visually-hidden">: {ids.map((id) => sources[id]).join('; ')}</span>
    </span>
  );
}

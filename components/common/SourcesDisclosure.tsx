import { openingWords } from '@/lib/content/openingWords';
import { type SourceId, sources } from '@/lib/content/sources';
import type { MessageKey } from '@/lib/i18n';
import { t } from '@/lib/i18n';

/** A sentence on a card (its message key) and the sources behind it. */
export interface CitedText {
  key: MessageKey;
  sources: readonly SourceId[];
}

/**
 * A card's sources, one click away: a small "Sources" disclosure that names each sentence by its first
 * words, with its source ids and full citations. The sentences themselves carry no citation, so a
 * screen reader reads the steps alone, not "Sources: S…" after each one.
 */
export function SourcesDisclosure({ items }: { items: readonly CitedText[] }) {
  const cited = items.filter((item) => item.sources.length > 0);
  if (cited.length === 0) return null;
  return (
    <details class="sources">
      <summary>{t('sourcesSummary')}</summary>
      <ul>
        {cited.map((item) => (
          <li key={item.key} data-sources={item.sources.join(' ')}>
            <q>{openingWords(t(item.key))}</q> {item.sources.join(', ')}:{' '}
            {item.sources.map((id) => sources[id]).join('; ')}
          </li>
        ))}
      </ul>
    </details>
  );
}

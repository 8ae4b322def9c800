import { useEffect } from 'preact/hooks';
import { cleanLookupQuery, takePendingLookup, watchPendingLookup } from '@/lib/lookup/pending';
import { navigate } from '@/lib/navigation';

/** Opens the finder on a query: the panel never jumps views for an empty one. */
function openFinder(query: string | null): void {
  if (query) navigate({ name: 'finder', query });
}

/**
 * Opens the finder on a lookup from the context menu or the omnibox: one waiting when the panel
 * starts, one that arrives while it is open, or `?lookup=` when the finder opened in a tab.
 */
export function useFinderLookup(): void {
  useEffect(() => {
    const fromUrl = new URLSearchParams(globalThis.location?.search ?? '').get('lookup');
    openFinder(cleanLookupQuery(fromUrl));
    void takePendingLookup().then(openFinder);
    return watchPendingLookup(openFinder);
  }, []);
}

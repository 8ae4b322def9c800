import { browser } from 'wxt/browser';
import { finderData } from '@/lib/muscles/finder/data';
import { createFinder, type Finder, type FinderData } from '@/lib/muscles/finder/engine';

/** Where the build puts the finder's data in the package (see the hook in wxt.config.ts). */
export const finderDataPath = '/finder-data.json';

// Pages and tests bundle the data. The worker's build leaves it out (ENTRYPOINT is fixed per entrypoint
// at build time, so the bundler drops the import) and reads the packaged JSON instead: it keeps the
// worker small, and reading a file of the extension is no network request.
let loaded: Finder | undefined =
  import.meta.env.ENTRYPOINT === 'background' ? undefined : createFinder(finderData);
let loading: Promise<Finder> | undefined;

/** The finder if its data is already here, else undefined (then call loadFinder). */
export function loadedFinder(): Finder | undefined {
  return loaded;
}

/** Reads the packaged finder data once; a failed read is retried on the next call. */
export function loadFinder(): Promise<Finder> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= fetch((browser.runtime.getURL as (path: string) => string)(finderDataPath))
    .then((response) => {
      if (!response.ok) throw new Error(`finder data: HTTP ${response.status}`);
      return response.json() as Promise<FinderData>;
    })
    .then((data) => {
      loaded = createFinder(data);
      return loaded;
    })
    .finally(() => {
      loading = undefined;
    });
  return loading;
}

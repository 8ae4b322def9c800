import { createLogStores, logDbName, logDbVersion } from './schema';

/**
 * Opens the log database for the background worker, in plain IndexedDB (no idb, no upgrade code, so
 * the worker stays small). A new database gets the current stores, a v2 one the stores it lacks (no
 * data changes). A v1 one, which needs its data upgraded, is left untouched and this resolves
 * undefined: the log view upgrades it when it opens and records the sessions then, from the timer's
 * history, which keeps them all.
 */
export function openLogDbForRecording(): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(logDbName, logDbVersion);
    let leftForTheLogView = false;
    request.onupgradeneeded = (event) => {
      if (event.oldVersion !== 1) createLogStores(request.result, event.oldVersion);
      else {
        leftForTheLogView = true;
        request.transaction?.abort();
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      // A newer version is opening elsewhere (the log view, an updated worker): step aside.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => (leftForTheLogView ? resolve(undefined) : reject(request.error));
  });
}

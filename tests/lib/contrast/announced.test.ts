import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { announcedAlertStorage, readAnnounced, writeAnnounced } from '@/lib/contrast/announced';

const none = { notification: false, chime: false };

describe('the announcement ledger', () => {
  it('knows nothing sent before anything is written', async () => {
    expect(await readAnnounced('s1', 1)).toEqual(none);
  });

  it('gives back the parts written for the same alert, and nothing for another', async () => {
    await writeAnnounced('s1', 2, { notification: true, chime: false });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      contrastAnnouncedAlert: { sessionId: 's1', alertId: 2, notification: true, chime: false },
    });
    expect(await readAnnounced('s1', 2)).toEqual({ notification: true, chime: false });
    expect(await readAnnounced('s1', 3)).toEqual(none);
    expect(await readAnnounced('s2', 2)).toEqual(none);
  });

  it('reads the string of the versions before it, or junk, as nothing sent, and leaves it stored', async () => {
    for (const old of ['s1#2|nc', { sessionId: 's1', alertId: '2', notification: true, chime: true }]) {
      await fakeBrowser.storage.local.set({ contrastAnnouncedAlert: old });
      expect(await readAnnounced('s1', 2)).toEqual(none);
      expect(await announcedAlertStorage.getValue()).toEqual(old);
    }
  });

  it('hands out a new object each time, so a caller may add to it', async () => {
    await writeAnnounced('s1', 2, { notification: false, chime: true });
    const first = await readAnnounced('s1', 2);
    first.notification = true;
    expect(await readAnnounced('s1', 2)).toEqual({ notification: false, chime: true });
  });
});

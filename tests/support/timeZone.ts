import { afterAll, beforeAll } from 'vitest';

/**
 * Runs the calling test file in `zone` (Node applies a changed TZ at once) and restores the zone after,
 * so day arithmetic is tested across real daylight-saving changes even on a machine set to UTC.
 */
export function inTimeZone(zone: string): void {
  let before: string | undefined;
  beforeAll(() => {
    before = process.env.TZ;
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}

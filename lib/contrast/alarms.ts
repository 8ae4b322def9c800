import { browser } from 'wxt/browser';
import type { DesiredAlarm } from './schedule';

/** Prefix of every alarm the timer owns; other alarms are left alone. */
const prefix = 'contrast|';

/**
 * Makes the browser's alarms match the desired set, idempotently: clears timer alarms that are not
 * desired (or have a different time) and creates the missing ones. Absolute `when`, never a period.
 */
export async function syncAlarms(desired: DesiredAlarm[]): Promise<void> {
  const existing = (await browser.alarms.getAll()).filter((alarm) => alarm.name.startsWith(prefix));
  const wanted = new Map(desired.map((alarm) => [alarm.name, alarm.when]));
  const kept = new Set<string>();
  for (const alarm of existing) {
    const when = wanted.get(alarm.name);
    if (when !== undefined && Math.abs(alarm.scheduledTime - when) < 1) kept.add(alarm.name);
    else await browser.alarms.clear(alarm.name);
  }
  for (const alarm of desired) {
    if (!kept.has(alarm.name)) await browser.alarms.create(alarm.name, { when: alarm.when });
  }
}

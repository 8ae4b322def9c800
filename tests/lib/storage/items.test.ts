import { readdirSync, readFileSync } from 'node:fs';
import type * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { announcedAlertStorage } from '@/lib/contrast/announced';
import { caregiverWindowStorage } from '@/lib/contrast/caregiverWindow';
import { contrastHistoryStorage, unsavedHistoryStorage } from '@/lib/contrast/history';
import { alertSettingsStorage, timerSettingsStorage } from '@/lib/contrast/settings';
import { timerStateStorage, unsavedTimerStateStorage } from '@/lib/contrast/state';
import { crampNowRequestStorage } from '@/lib/cramp/request';
import { crampNowSettingsStorage } from '@/lib/cramp/way';
import { pendingLookupStorage } from '@/lib/lookup/pending';
import { type AppearanceSettings, type appearanceSchema, defaultAppearance } from '@/lib/settings/appearance';
import { inputModeStorage } from '@/lib/settings/inputMode';
import { appearanceStorage } from '@/lib/settings/storage';
import type { Checked } from '@/lib/storage/storedItem';

// Values exactly as the versions before lib/storage stored them (JSON, the way storage keeps them),
// with every optional field present: each must read back whole, so no stored field is dropped.
const session = {
  id: 'a1b2',
  startedAt: 1764000000000,
  plan: {
    steps: [
      { kind: 'cold', durationMs: 600000 },
      { kind: 'swap', durationMs: 30000 },
      { kind: 'hot', durationMs: 600000 },
      { kind: 'swap', durationMs: 30000 },
      { kind: 'cold', durationMs: 600000 },
    ],
    hotReadyMs: 120000,
    endsSoonMs: 30000,
    minuteMs: 60000,
    scale: 1,
  },
  stepIndex: 2,
  headsUpsDone: ['hotReady'],
  alert: { id: 3, kind: 'phase', stepIndex: 2, raisedAt: 1764000630000, chimes: 1 },
  alertCount: 3,
  wasInterrupted: false,
  changes: 1,
  skipped: [1],
};

const record = {
  id: 'a1b2',
  startedAt: 1764000000000,
  endedAt: 1764004200000,
  phasesCompleted: 7,
  totalPhases: 7,
  outcome: 'finished',
};

/** Every timer state, with every optional field somewhere. */
const timerStates = [
  { status: 'idle', notice: 'corrupt' },
  { status: 'running', session, endsAt: 1764001230000 },
  { status: 'paused', session, remainingMs: 420000 },
  { status: 'interrupted', session, missedAt: 1764001230000, detectedAt: 1764001290000 },
  { status: 'finished', session, endedAt: 1764004200000 },
  { status: 'stopped', session: { ...session, alert: null }, endedAt: 1764004200000 },
  // Inside a stop's 10 s undo window: the session as it was, running, paused or interrupted.
  ...[
    { status: 'running', session, endsAt: 1764001230000 },
    { status: 'paused', session, remainingMs: 420000 },
    { status: 'interrupted', session, missedAt: 1764001230000, detectedAt: 1764001290000 },
  ].map((state) => ({
    status: 'stopped',
    session: { ...session, alert: null },
    endedAt: 1764001200000,
    undo: { until: 1764001210000, state },
  })),
];

interface Item {
  key: string;
  schema: v.GenericSchema;
  load(): Promise<Checked<unknown>>;
  check(value: unknown): Checked<unknown>;
  setValue(value: never): Promise<void>;
}

const storedBefore: [Item, unknown][] = [
  [
    timerSettingsStorage,
    { coldMinutes: 8, hotMinutes: 12, rounds: 4, swapSeconds: 30, hotReadyMinutes: 1, endsSoonSeconds: 15 },
  ],
  [
    alertSettingsStorage,
    { sound: false, volume: 40, repeatUntilAcknowledged: false, speech: true, caregiverPopup: true },
  ],
  [caregiverWindowStorage, 1234],
  [
    contrastHistoryStorage,
    [record, { ...record, id: 'c3d4', phasesCompleted: 3, phasesSkipped: 1, outcome: 'stopped' }],
  ],
  [unsavedHistoryStorage, [{ ...record, outcome: 'interrupted', phasesSkipped: 0 }]],
  ...timerStates.flatMap((state): [Item, unknown][] => [
    [timerStateStorage, state],
    [unsavedTimerStateStorage, state],
  ]),
  // The announcement ledger's object (lib/contrast/announced.ts; the string before it reads as nothing sent).
  [announcedAlertStorage, { sessionId: 'a1b2', alertId: 3, notification: true, chime: false }],
  [crampNowRequestStorage, 1764000000000],
  [crampNowSettingsStorage, { way: 'caregiver' }],
  [pendingLookupStorage, { query: 'back of my thigh', at: 1764000000000 }],
  [
    inputModeStorage,
    {
      mode: 'one-switch',
      moveKey: 'a',
      selectKey: 'Enter',
      itemMs: 1500,
      firstItemExtraMs: 500,
      loops: 3,
      debounceMs: 100,
      dwellMs: 1200,
      tick: true,
      offered: true,
    },
  ],
];

const area = (item: Item) => {
  const [name, key] = item.key.split(':') as ['local' | 'sync' | 'session', string];
  return { storageArea: fakeBrowser.storage[name], key };
};

describe('every stored item', () => {
  it.each(storedBefore.map(([item, value]) => [item.key, item, value] as const))(
    '%s reads a value stored before, whole',
    async (_key, item, value) => {
      const { storageArea, key } = area(item);
      await storageArea.set({ [key]: structuredClone(value) });
      expect(await item.load()).toEqual({ value, corrupt: false });
    },
  );

  it.each(storedBefore.map(([item, value]) => [item.key, item, value] as const))(
    '%s stores a value as before: under its key, as JSON, with no version record',
    async (_key, item, value) => {
      const { storageArea, key } = area(item);
      await item.setValue(structuredClone(value) as never);
      expect(await storageArea.get(null)).toEqual({ [key]: value });
      expect(JSON.stringify((await storageArea.get(key))[key])).toBe(JSON.stringify(value));
    },
  );

  it.each(storedBefore.map(([item]) => [item.key, item] as const))(
    '%s checks junk to its fallback, flagged',
    async (_key, item) => {
      expect(item.check({ status: 7, query: 3, way: 'flying', mode: 'telepathy' })).toMatchObject({
        corrupt: true,
      });
    },
  );
});

type Schema = v.GenericSchema & {
  entries?: Record<string, Schema>;
  options?: Schema[];
  item?: Schema;
  wrapped?: Schema;
};

/** Every field path a schema describes (`plan.steps[].kind`); a variant's options all count. */
function schemaFields(schema: Schema, at = ''): string[] {
  if (schema.wrapped) return schemaFields(schema.wrapped, at);
  if (schema.item) return schemaFields(schema.item, `${at}[]`);
  if (schema.options) return schema.options.flatMap((option) => schemaFields(option, at));
  return Object.entries(schema.entries ?? {}).flatMap(([key, field]) => [
    `${at}.${key}`,
    ...schemaFields(field, `${at}.${key}`),
  ]);
}

/** Every field path a value has. */
function valueFields(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => valueFields(item, `${at}[]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, field]) => [
    `${at}.${key}`,
    ...valueFields(field, `${at}.${key}`),
  ]);
}

describe('the values stored before', () => {
  const items = [...new Set(storedBefore.map(([item]) => item))];
  const appearanceBefore = { theme: 'dark', textSize: 120, language: 'en', shortcuts: false };

  // With the round trips above, this is what keeps a field from being silently dropped: a field added
  // to a stored schema (the types are derived from them) must be given a value here, and then it must
  // read back whole; a schema that lacked a field the code writes would strip it and fail the same way.
  it.each([
    ...items.map((item) => [item.key, item] as const),
    [appearanceStorage.key, appearanceStorage] as const,
  ])('%s: cover every field of its schema', (_key, item) => {
    const values =
      item === appearanceStorage
        ? [appearanceBefore]
        : storedBefore.filter(([i]) => i === item).map(([, value]) => value);
    const covered = new Set(values.flatMap((value) => valueFields(value)));
    expect(schemaFields(item.schema as Schema).filter((field) => !covered.has(field))).toEqual([]);
  });

  it('include every stored item', () => {
    const files = readdirSync('lib', { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.tsx?$/.test(file) && !file.startsWith('storage'),
    );
    const defined = files.map(
      (file) => readFileSync(`lib/${file}`, 'utf8').match(/defineStoredItem\(/g)?.length ?? 0,
    );
    expect(items.length + 1).toBe(defined.reduce((a, b) => a + b));
  });
});

describe('the appearance item (versioned, checked field by field)', () => {
  it('has the type its schema gives', () => {
    expectTypeOf<AppearanceSettings>().toEqualTypeOf<v.InferOutput<typeof appearanceSchema>>();
  });

  it.each([
    ['with every field', { theme: 'high-contrast', textSize: 170, language: 'es', shortcuts: false }, {}],
    ['from before shortcuts existed', { theme: 'dark', textSize: 120, language: 'en' }, { shortcuts: true }],
  ])(
    'reads a version 2 value stored %s, whole, and leaves it as stored',
    async (_name, appearance, added) => {
      const stored = { appearance, appearance$: { v: 2 } };
      await fakeBrowser.storage.sync.set(structuredClone(stored));
      await appearanceStorage.migrate();
      expect(await appearanceStorage.load()).toEqual({
        value: { ...appearance, ...added },
        corrupt: false,
        problems: [],
        stored: appearance,
      });
      expect(await fakeBrowser.storage.sync.get(null)).toEqual(stored);
    },
  );

  it('migrates a version 1 value as before', async () => {
    await fakeBrowser.storage.sync.set({ appearance: { theme: 'dark', largeText: true } });
    await appearanceStorage.migrate();
    const v2 = { theme: 'dark', textSize: 150, language: 'auto' };
    expect(await appearanceStorage.load()).toEqual({
      value: { ...v2, shortcuts: true },
      corrupt: false,
      problems: [],
      stored: v2,
    });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ appearance: v2, appearance$: { v: 2 } });
  });

  it('resets only the unreadable field, flagged, and leaves what is stored alone', async () => {
    const stored = { appearance: { theme: 'neon', textSize: 150, language: 'es' }, appearance$: { v: 2 } };
    await fakeBrowser.storage.sync.set(structuredClone(stored));
    expect(await appearanceStorage.load()).toEqual({
      value: { ...defaultAppearance, textSize: 150, language: 'es' },
      corrupt: true,
      problems: ['theme'],
      stored: stored.appearance,
    });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(stored);
  });
});

import * as v from 'valibot';

/** How the panel looks: follow the system, or a fixed light, dark or high-contrast set of colours. */
export const themes = ['system', 'light', 'dark', 'high-contrast'] as const;
export type Theme = (typeof themes)[number];

/** `auto` follows the browser's language; the others are the catalogues shipped in public/_locales. */
export const languages = ['auto', 'en', 'es'] as const;
export type Language = (typeof languages)[number];

/** Text size in percent of the browser's default: 100 to 200, in steps of 10. */
export const textSizeRange = { min: 100, max: 200, step: 10 } as const;

/**
 * Version 1, the first pre-release shape: three themes and a single "large text" switch.
 * Kept so a profile (or another synced browser) that still holds it is upgraded, never reset.
 */
export interface AppearanceSettingsV1 {
  theme: 'system' | 'light' | 'dark';
  largeText: boolean;
}

/** Version 2, the current shape. */
export interface AppearanceSettingsV2 {
  theme: Theme;
  /** Percent, 100–200, a multiple of 10. */
  textSize: number;
  language: Language;
  /**
   * Single-key shortcuts (1–4, C, L) on. Added after v2 shipped, as an optional field with a default:
   * a stored v2 value without it still validates and reads as on (WCAG 2.1.4 lets the user turn them off).
   */
  shortcuts?: boolean;
}

/** The settings the rest of the code uses: always the newest version. */
export type AppearanceSettings = Required<AppearanceSettingsV2>;
export type AppearanceField = keyof AppearanceSettings;

/** Defaults: what a new user gets and what replaces an unreadable stored value. */
export const defaultAppearance: Readonly<AppearanceSettings> = Object.freeze({
  theme: 'system',
  textSize: 100,
  language: 'auto',
  shortcuts: true,
});

/** The version the storage item is at; bump it with a new type and a migration. */
export const appearanceVersion = 2;

/** The value large text meant in v1, as a v2 text size. */
const v1LargeTextSize = 150;

/**
 * v1 → v2: keep the theme, turn "large text" into a percentage, and start with the browser language.
 * Total over `unknown`: a half-written or foreign v1 value yields the defaults for what is unreadable
 * (normalizeAppearance reports it later), so a migration never throws and never blocks the panel.
 */
export function migrateAppearanceV1ToV2(stored: unknown): AppearanceSettingsV2 {
  const v1 = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<
    Record<keyof AppearanceSettingsV1 | keyof AppearanceSettingsV2, unknown>
  >;
  // A v2 value under a damaged or missing version record is "migrated" too: keep its v2 fields.
  const kept = (field: 'textSize' | 'language' | 'shortcuts') =>
    v.safeParse(fieldSchemas[field], v1[field]).success ? { [field]: v1[field] } : {};
  return {
    theme: (v1.theme as Theme) ?? defaultAppearance.theme,
    textSize: v1.largeText === true ? v1LargeTextSize : defaultAppearance.textSize,
    language: defaultAppearance.language,
    ...kept('textSize'),
    ...kept('language'),
    ...kept('shortcuts'),
  };
}

const fieldSchemas = {
  theme: v.picklist(themes),
  textSize: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(textSizeRange.min),
    v.maxValue(textSizeRange.max),
    v.multipleOf(textSizeRange.step),
  ),
  language: v.picklist(languages),
  // Missing (a value stored before the field existed) is the default, never a problem.
  shortcuts: v.optional(v.boolean(), defaultAppearance.shortcuts),
} satisfies Record<AppearanceField, v.GenericSchema>;

/** The current stored shape, whole; the stored item checks it field by field (normalizeAppearance). */
export const appearanceSchema = v.object(fieldSchemas);

/** Stored settings made safe to use, and which fields had to fall back to their default. */
export interface NormalizedAppearance {
  settings: AppearanceSettings;
  /** Fields whose stored value was missing or unreadable; empty when everything was fine. */
  problems: AppearanceField[];
}

/**
 * Validates whatever storage returned, field by field: an unreadable theme falls back to its default
 * without resetting the language or text size. `undefined`/`null` (nothing stored yet) is not a problem.
 */
export function normalizeAppearance(stored: unknown): NormalizedAppearance {
  if (stored === undefined || stored === null) return { settings: { ...defaultAppearance }, problems: [] };
  const record =
    typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const settings = { ...defaultAppearance };
  const problems: AppearanceField[] = [];
  for (const field of Object.keys(fieldSchemas) as AppearanceField[]) {
    const result = v.safeParse(fieldSchemas[field], Object.hasOwn(record, field) ? record[field] : undefined);
    if (result.success) (settings as Record<AppearanceField, unknown>)[field] = result.output;
    else problems.push(field);
  }
  return { settings, problems };
}

/** Keeps a text size inside the allowed range, on a step. */
export function clampTextSize(percent: number): number {
  if (!Number.isFinite(percent)) return defaultAppearance.textSize;
  const stepped = Math.round(percent / textSizeRange.step) * textSizeRange.step;
  return Math.min(textSizeRange.max, Math.max(textSizeRange.min, stepped));
}

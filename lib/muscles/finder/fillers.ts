import type { MuscleGroupId } from '@/lib/muscles/ids';

/**
 * The finder's words that are not place names, English then Spanish: fillers, sides, aliases and wide
 * areas (data.ts joins them with the terms; the patterns are in patterns.ts).
 */

/** Words that carry no place: "my", "cramp", "keeps"… (checked before and after stemming). */
// Pure: the worker's bundle drops these lists (it reads them from finder-data.json).
export const englishFillers: readonly string[] = /* @__PURE__ */ (
  'a an the my me mine his her their our your i im ive id it its this that these those is are was were be been ' +
  'am have has had got get gets getting in on at of to into onto from for with and or but so just ' +
  'keep keeps kept cramp cramps cramping crampy spasm spasms spasming pain pains painful ache aches aching ' +
  'sore hurt hurts hurting muscle muscles very really bad badly again now suddenly sudden always some bit ' +
  'little lot area region part spot there here feel feels feeling like please help what how do does ' +
  'when where which twitch twitching twitches twitchy fasciculation fasciculations tight tightness knot knots ' +
  'locked lock'
).split(' ');

/** Side words, including one-letter shorthand people type ("L calf"). */
export const englishSides: readonly (readonly [string, 'left' | 'right' | 'both'])[] = [
  ['left', 'left'],
  ['l', 'left'],
  ['lt', 'left'],
  ['lhs', 'left'],
  ['right', 'right'],
  ['r', 'right'],
  ['rt', 'right'],
  ['rhs', 'right'],
  ['both', 'both'],
  ['bilateral', 'both'],
];

/** Irregular words and shorthand mapped before stemming. */
export const wordAliases: readonly (readonly [string, string])[] = [
  ['feet', 'foot'],
  ['teeth', 'tooth'],
  ['hammies', 'hammy'],
  ['charly', 'charley'],
  ['legs', 'leg'],
  ['bicept', 'bicep'],
  ['tricept', 'tricep'],
];

/** Words that name a wide area: every group in it is offered, and the result is ambiguous. */
export const englishVagueTerms: Readonly<Record<string, readonly MuscleGroupId[]>> = {
  leg: ['calf', 'hamstrings', 'quadriceps', 'shin'],
  'lower leg': ['calf', 'shin', 'outer_lower_leg'],
  thigh: ['quadriceps', 'hamstrings', 'inner_thigh'],
  'back of leg': ['calf', 'hamstrings'],
  knee: ['hamstrings', 'quadriceps', 'calf'],
  ankle: ['calf', 'shin', 'outer_lower_leg'],
  arm: ['biceps', 'triceps', 'forearm_flexors', 'shoulder_deltoid'],
  'upper arm': ['biceps', 'triceps'],
  elbow: ['biceps', 'triceps'],
  wrist: ['forearm_flexors', 'forearm_extensors'],
  side: ['ribcage', 'outer_hip', 'lats'],
};

/** Wide areas: every group in them is offered. */
export const spanishVagueTerms: Readonly<Record<string, readonly MuscleGroupId[]>> = {
  pierna: ['calf', 'hamstrings', 'quadriceps', 'shin'],
  muslo: ['quadriceps', 'hamstrings', 'inner_thigh'],
  brazo: ['biceps', 'triceps', 'forearm_flexors', 'shoulder_deltoid'],
  rodilla: ['hamstrings', 'quadriceps', 'calf'],
  tobillo: ['calf', 'shin', 'outer_lower_leg'],
  codo: ['biceps', 'triceps'],
  muneca: ['forearm_flexors', 'forearm_extensors'],
};

/** Words that carry no place. */
export const spanishFillers: readonly string[] = /* @__PURE__ */ (
  'mi mis tu su el la lo los las un una unos unas en de del al me se te le que y o con por para tengo ' +
  'tiene tenia calambre calambres espasmo espasmos dolor dolores duele duelen tiron tirones contractura ' +
  'contracturas musculo musculos muy mucho otra vez noche siempre esta estoy es hay zona parte fasciculacion ' +
  'fasciculaciones'
).split(' ');

/** Side words. */
export const spanishSides: Readonly<Record<string, 'left' | 'right' | 'both'>> = {
  izquierda: 'left',
  izquierdo: 'left',
  izq: 'left',
  izda: 'left',
  derecha: 'right',
  derecho: 'right',
  dcha: 'right',
  ambos: 'both',
  ambas: 'both',
};

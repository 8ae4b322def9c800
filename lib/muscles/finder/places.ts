import type { MuscleGroupId } from '@/lib/muscles/ids';

/**
 * The finder's reading of places: words that say where on a body part, Spanish body words
 * read as their English ones, the short body words a three-letter typo may stand for, and the words
 * that undo a place ("not my calf"). data.ts joins them with the word lists.
 */

/**
 * Aspect words, mapped to one canonical form each (query and terms alike), so "inside", "inner" and
 * "por dentro" are one place word. A phrase with an aspect and a body part is an explicit place: it
 * scores above slang and single words.
 */
export const aspectAliases: readonly (readonly [string, string])[] = [
  ['inside', 'inner'],
  ['interior', 'inner'],
  ['internal', 'inner'],
  ['medial', 'inner'],
  ['dentro', 'inner'],
  ['adentro', 'inner'],
  ['interna', 'inner'],
  ['interno', 'inner'],
  ['outside', 'outer'],
  ['exterior', 'outer'],
  ['external', 'outer'],
  ['lateral', 'outer'],
  ['outward', 'outer'],
  ['outwards', 'outer'],
  ['fuera', 'outer'],
  ['afuera', 'outer'],
  ['externa', 'outer'],
  ['externo', 'outer'],
  ['anterior', 'front'],
  ['delante', 'front'],
  ['adelante', 'front'],
  ['delantera', 'front'],
  ['delantero', 'front'],
  ['frente', 'front'],
  ['rear', 'back'],
  ['backward', 'back'],
  ['backwards', 'back'],
  ['posterior', 'back'],
  ['detras', 'back'],
  ['atras', 'back'],
  ['below', 'under'],
  ['beneath', 'under'],
  ['underneath', 'under'],
  ['debajo', 'under'],
  ['entre', 'between'],
  ['encima', 'above'],
  ['lado', 'side'],
  ['abajo', 'down'],
  ['downward', 'down'],
  ['downwards', 'down'],
  ['arriba', 'up'],
  ['upward', 'up'],
  ['upwards', 'up'],
];

/** Canonical aspect words: a phrase holding one of them and a body word is an explicit place. */
export const placeAspects: readonly string[] = [
  'front',
  'back',
  'inner',
  'outer',
  'side',
  'top',
  'bottom',
  'under',
  'between',
  'above',
  'behind',
];

/**
 * Spanish body words read as the English ones, so every English place phrase ("back of thigh") also
 * reads the Spanish one ("parte de atrás del muslo"). Spanish-only names stay in termsEs.ts.
 */
export const spanishPlaceAliases: readonly (readonly [string, string])[] = [
  ['muslo', 'thigh'],
  ['pierna', 'leg'],
  ['rodilla', 'knee'],
  ['brazo', 'arm'],
  ['antebrazo', 'forearm'],
  ['mano', 'hand'],
  ['pie', 'foot'],
  ['cadera', 'hip'],
  ['hombro', 'shoulder'],
  ['cuello', 'neck'],
  ['espalda', 'back'],
  ['tobillo', 'ankle'],
  ['codo', 'elbow'],
  ['muneca', 'wrist'],
  ['axila', 'armpit'],
  ['sobaco', 'armpit'],
  ['talon', 'heel'],
];

/**
 * The only words a three-letter typo may stand for (Damerau distance 1; a substituted letter must be a
 * keyboard neighbour): "bak" → back, "nek" → neck, "lef" → left. Ordinary short words ("hit", "let")
 * are never turned into body parts.
 */
export const shortBodyWords: readonly string[] = [
  'leg',
  'arm',
  'toe',
  'toes',
  'hip',
  'jaw',
  'back',
  'neck',
  'calf',
  'shin',
  'foot',
  'feet',
  'hand',
  'ribs',
  'abs',
  'butt',
  'bum',
  'quad',
  'lats',
  'pecs',
  'sole',
  'palm',
  'knee',
  'heel',
  'left',
];

/** Words that undo the place right after them: "in my thigh, not my calf". */
export const negationWords: readonly string[] = ['not', 'isnt', 'nor', 'never', 'no'];

/** Words after "right" that make it mean "exactly", not a side: "right at the crease". */
export const rightIdiomFollowers: readonly string[] = [
  'at',
  'there',
  'here',
  'now',
  'after',
  'before',
  'away',
  'then',
  'up',
  'down',
  'through',
  'into',
  'across',
  'along',
  'around',
  'where',
  'as',
  'next',
  'behind',
  'under',
  'above',
  'below',
];

/** Words that carry no place, added for the place reading ("hacia afuera", "just behind"). */
export const placeFillers: readonly string[] = [
  'hacia',
  'solo',
  'solos',
  'sola',
  'solas',
  'queda',
  'quedan',
  'como',
  'cuando',
  'just',
  'along',
  'toward',
  'towards',
  'near',
  'nearly',
  'close',
  'next',
  'by',
  // Ordinary short words one key from a short body word: never read as a typo of it ("let" ≠ left).
  'let',
  'keg',
  'peg',
  'len',
  'ram',
  'ark',
  'tie',
  'foe',
  'hoe',
  'roe',
  'tor',
  'tod',
  'tos',
  'hop',
  'tip',
  'nip',
  'hup',
  'yip',
  'haw',
  'maw',
  'naw',
  'yaw',
  'sin',
  'bun',
  'gum',
  'hum',
  'pal',
  'pam',
  'eel',
  'fee',
  'sol',
  'ole',
  'han',
  // Ordinary longer words one letter from a body word: "under the skin" is no shin, "take" no "make",
  // "last night" no lats, "first time" no fist, "acostado" (lying down) no "costado".
  'skin',
  'take',
  'takes',
  'taking',
  'fast',
  'first',
  'hard',
  'warm',
  'felt',
  'less',
  'last',
  'bien',
  'poco',
  'todo',
  'nunca',
  'menos',
  'hola',
  'acostado',
  'acostada',
  'pastilla',
  'pastillas',
];

/** Regional Spanish words for places (Chile, Argentina, Mexico…), joined to termsEs.ts's lists. */
export const spanishRegionalTerms: Readonly<Partial<Record<MuscleGroupId, readonly string[]>>> = {
  glutes: ['poto', 'cola', 'pompas', 'cachete de la nalga'],
  abdominals: ['guata'],
  lower_back: ['rabadilla', 'cintura', 'parte baja de la cintura'],
  upper_trap: ['cogote'],
  foot_sole: ['dedo gordo hacia abajo', 'dedos del pie hacia abajo'],
  toe_extensors: ['dedos del pie se levantan', 'dedo gordo se levanta'],
  outer_lower_leg: ['pie se tuerce hacia afuera', 'pie hacia afuera'],
  forearm_flexors: ['dedos se cierran', 'dedos cerrados'],
  forearm_extensors: ['dedos tiesos', 'dedos tiesos y estirados'],
  hand_intrinsics: ['dedos se abren', 'dedos abiertos'],
};

/** Verbs whose "up" is part of the verb ("knots up", "seized up"), not a direction. */
// Pure: the worker's bundle drops this list (it reads it from finder-data.json).
export const phrasalUpVerbs: readonly string[] = /* @__PURE__ */ (
  'knot knots knotted knotting lock locks locked locking seize seizes seized seizing cramp cramps cramped ' +
  'cramping tighten tightens tightened tightening tense tenses tensed tensing ball balls balled bunch bunches ' +
  'bunched stiffen stiffens stiffened freeze freezes froze frozen act acts acting flare flares flared seizing'
).split(' ');

/**
 * Words that join two clauses: a place phrase never reads across one ("back spasm and my legs feel
 * tired" is the back, not "back of leg"). They stay fillers too (englishFillers, spanishFillers).
 */
export const clauseWords: readonly string[] = ['and', 'but', 'or', 'then', 'y', 'e', 'pero', 'o', 'ni'];

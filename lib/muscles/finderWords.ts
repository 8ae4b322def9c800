import type { MuscleGroupId } from './ids';

/** The finder's English word lists (Spanish ones are in termsEs.ts; finderData.ts joins them). */

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

/** Chest pain, breathlessness, trouble swallowing: show the emergency message first. */
export const englishEmergencyPatterns: readonly RegExp[] = [
  /\bchest (pain|pains|pressure|tight|tightness|tightening|hurts|hurting|ache|aching|heavy|heaviness|crushing)\b/,
  /\b(pain|pains|pressure|tightness|ache|aching|crushing) in (my |the |his |her )?chest\b/,
  /\bshort(ness)? (of )?breath/,
  /\b(breathless|gasping|suffocating)\b/,
  /\bout of breath\b/,
  /\b(cant|cannot|can not|couldnt|unable to|not able to|trouble|difficulty|difficult|hard to|hard|struggling to|struggling|struggle to|problem|problems) (breathe|breathing|breath|swallow|swallowing|catch (my )?breath)\b/,
  /\b(breathing|swallowing) (is |gets |getting )?(hard|difficult|trouble|problems?|stopped)\b/,
  /\bchok(e|es|ing|ed)\b/,
  /\bthroat (is )?(closing|tightening|tight|swelling|swollen|closed)\b/,
  /\bthroat\b.{0,30}\b(closing|closing up|swelling up|closed up)\b/,
  /\b(not|stopped) breathing\b/,
  /\bheart attack\b/,
  /\b(lips|face) (are |is )?(turning |going |gone |turned )?blue\b/,
];

/**
 * A back spasm with numbness between the legs or new bladder or bowel trouble: pressure on the nerves
 * at the base of the spine (cauda equina), an emergency [S79]. Checked before the out-of-scope words
 * ("bowel"), and the place is still named. Saddle numbness alone is a red flag too.
 */
export const englishSpinalEmergencyPatterns: readonly RegExp[] = [
  /\bsaddle (numbness|anaesthesia|anesthesia|area)\b/,
  /\b(numb|numbness|tingling|tingly|pins and needles|no feeling|lost feeling|loss of feeling|cant feel|cannot feel|can not feel)\b.{0,40}\b(between (my |the |his |her |your )?legs|groin|genitals?|private parts?|privates|crotch|perineum|anus|back passage)\b/,
  /\b(between (my |the |his |her |your )?legs|groin|genitals?|private parts?|privates|crotch|perineum|anus|back passage)\b.{0,30}\b(numb|numbness|tingling|tingly|no feeling|pins and needles)\b/,
  /^(?=.*\b(back(?! of)|lumbar|spine|spinal|sciatica)\b)(?=.*(\b(cant|cannot|can not|couldnt|unable to|trouble|difficulty|problems?|hard to|struggling to|struggle to)( to)? (pee|wee|urinate|urinating|pass urine|passing urine|empty (my |the )?bladder|(control|controlling) (my |the )?(bladder|bowels?|pee|urine))\b|\b(lost|losing|loss of|no) (bladder|bowel|bowels) control\b|\b(bladder|bowel|bowels) (control )?(problems?|trouble|accidents?|leaking|incontinence)\b|\bincontinen(t|ce)\b|\bwet (myself|the bed)\b|\bsoiled\b|\bleaking (urine|pee)\b))/,
  /^(?=.*\b(back(?! of)|lumbar|spine|spinal|sciatica)\b)(?=.*\b(lost|losing|loss of|no) control (of|over) (my |the |his |her )?(bladder|bowels?)\b)/,
];

/** Twitching (fasciculations): common in ALS and not a cramp [S36]; the finder says so. */
export const englishTwitchPatterns: readonly RegExp[] = [
  /\b(twitch|twitches|twitching|twitchy|twitched|fasciculation|fasciculations|fasciculating|flickering|quivering)\b/,
];

/** Cramps that are not a skeletal muscle (period, stomach…). */
export const englishOutOfScopePatterns: readonly RegExp[] = [
  /\b(period|periods|menstrual|menstruation|menses|pms|uterus|uterine|womb|ovulation|ovulating|endometriosis)\b/,
  /\bstomach (flu|bug|virus|ache|upset)\b/,
  /\b(stomachache|tummyache|bellyache)\b/,
  /\bfood poisoning\b/,
  /\b(gas|gassy|wind|bloating|bloated|indigestion|heartburn|diarrhea|diarrhoea|constipation|constipated|nausea|nauseous|vomiting|colic|ibs|bowel|bowels|gut)\b/,
  /\bkidney stones?\b/,
  /\b(labor|labour|contraction|contractions|pregnant|pregnancy)\b/,
  /\b(headache|migraine|toothache)\b/,
];

/**
 * The finder's patterns, English then Spanish: emergencies, the spinal red flag, twitching and cramps
 * that are not a skeletal muscle. Matched on the normalised query (lower case, no accents).
 */

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

/** Chest pain, breathlessness, trouble swallowing: call for help [S37, S39, S72]. */
export const spanishEmergencyPatterns: readonly RegExp[] = [
  /\b(dolor|opresion|presion) (en el |en mi |de |del )?pecho\b/,
  /\bfalta (de )?aire\b/,
  /\b(no puedo|no puede|me cuesta|le cuesta|dificultad para|problemas? para) (respirar|tragar)\b/,
  /\b(me ahogo|se ahoga|ahogando|ahogandome)\b/,
  /\bgarganta (cerrada|se cierra|cerrandose)\b/,
  /\b(ataque al corazon|infarto)\b/,
];

/** Saddle numbness, or bladder or bowel trouble with a back spasm: cauda equina [S79]. */
export const spanishSpinalEmergencyPatterns: readonly RegExp[] = [
  /\b(adormecid[oa]s?|adormecimiento|dormid[oa]s?|entumecid[oa]s?|entumecimiento|acorchad[oa]s?|insensibles?|hormigueo|sin sensibilidad|no siento|no noto)\b.{0,40}\b(entre las piernas|ingles?|genitales|zona intima|partes intimas|entrepierna|perine|ano|silla de montar)\b/,
  /\b(entre las piernas|ingles?|genitales|zona intima|partes intimas|entrepierna|perine|ano|silla de montar)\b.{0,30}\b(adormecid[oa]s?|adormecimiento|dormid[oa]s?|entumecid[oa]s?|entumecimiento|acorchad[oa]s?|insensibles?|hormigueo|sin sensibilidad)\b/,
  /^(?=.*\b(espalda|lumbar|lumbares|columna|ciatica)\b)(?=.*(\b(no puedo|no puede|me cuesta|le cuesta|dificultad para|problemas? para) (orinar|hacer pis|mear|controlar (la |el )?(orina|vejiga|intestino|esfinteres?))\b|\bincontinencia\b|\bme hago pis\b|\bse me escapa (la orina|el pis|la caca)\b|\bperdida de (orina|control)\b))/,
];

/** Twitching (fasciculations) is not a cramp [S36]. */
export const spanishTwitchPatterns: readonly RegExp[] = [
  /\b(fasciculacion|fasciculaciones|tic muscular|tics musculares|temblor muscular|temblores musculares|salta el musculo|saltan los musculos|saltitos en el musculo)\b/,
];

/** Cramps that are not a skeletal muscle. */
export const spanishOutOfScopePatterns: readonly RegExp[] = [
  /\b(regla|menstruacion|menstrual|menstruales|colico|colicos|gastroenteritis|diarrea|gases|estrenimiento|nauseas|vomitos|embarazo|embarazada|contracciones|parto)\b/,
  /\bdolor de (estomago|barriga|tripa|panza)\b/,
];

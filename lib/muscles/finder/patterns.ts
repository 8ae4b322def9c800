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
  // "Can't get a breath in", "not getting enough air".
  /\b(cant|cannot|can not|couldnt|unable to|not able to|struggling to|hard to|trouble|difficulty|not) (get|getting|take|taking|draw|drawing|catch|catching) (a |my |any |enough )?(deep |full |proper )?(breath|breaths|air)\b/,
  // Coughing blood with a leg cramp can be a clot that has reached the lungs [S72].
  /\bcough(s|ed|ing)? (up )?blood\b/,
  /\bblood when (i |he |she |they )?cough/,
  // Sudden weakness, a drooping face or sudden slurred speech can be a stroke: an emergency, not a cramp.
  // Weakness and slurred speech alone are everyday ALS words, so only "sudden" or a drooping face count.
  /\bsudden (weakness|paralysis)\b/,
  /\bsuddenly (went|gone|got|goes|feels|felt|is|was|became|become|turned) (very |really |so )?(weak|limp|paralysed|paralyzed)\b/,
  /\b(went|gone|goes|got|feels|felt|is|was|became) (very |really |so )?(weak|limp|paralysed|paralyzed)\b.{0,15}\b(suddenly|all of a sudden|out of nowhere)\b/,
  /\bsudden(ly)?\b.{0,40}\b(droop|drooping|droopy|drooped|slurred|slurring|cant speak|cannot speak|cant talk|cannot talk)\b/,
  /\b(face|mouth|smile) (is |has |was )?(drooping|droops|drooped|droopy|sagging|lopsided)\b/,
  /\b(drooping|droopy|lopsided) (face|mouth|smile)\b/,
  /\b(having|had|signs of|symptoms of|think (its|it is|he is having|she is having|i am having)) a (mini )?stroke\b/,
  /\b(sudden(ly)?|all of a sudden|out of nowhere)\b.{0,40}\b(one|left|right|whole) side\b.{0,20}\b(weak|numb|limp|paralysed|paralyzed|dead|drooping|droopy)\b/,
  /\b(words|speech)\b.{0,20}\b(come|comes|coming|came) out (wrong|funny|jumbled|garbled|muddled)\b/,
  /\b(face|mouth|smile)\b.{0,25}\b(dropped|drooped|droops|fell|fallen|sagged|sags|slid|slipped)\b.{0,15}\bone side\b/,
  /\bone side of (my |his |her |their )?(face|mouth)\b.{0,15}\b(dropped|drooped|drooping|droops|fell|fallen|sagging|slack|numb|frozen)\b/,
  /\b(cant|cannot|can not|couldnt|unable to) move (my |his |her |their )?(whole )?(left |right |one )side\b/,
  /\b(sudden(ly)?|all of a sudden)\b.{0,20}\bconfused\b|\bconfused\b.{0,20}\b(sudden(ly)?|all of a sudden|out of nowhere)\b/,
  /\bsudden(ly)?\b.{0,20}\b(lost|losing|lose) (the |all )?(strength|power|use)\b/,
  /\b(lost|losing) (the |all )?(strength|power|use)\b.{0,30}\b(suddenly|all of a sudden|out of nowhere)\b/,
  /\bsudden(ly)?\b.{0,15}\b(cant|cannot|can not|couldnt) (lift|raise) (my|his|her|their) arms?\b/,
  // The same symptoms in other words: pressure or weight on the chest, barely breathing, wheezing,
  // blue lips, a swelling tongue, food going down the wrong way.
  /\bchest\b(?! muscles?\b).{0,20}\b(feels?|is|gets|getting) (heavy|tight|crushed|squeezed)\b/,
  /\b(pressure|weight|heaviness|elephant|squeezing|crushing)\b.{0,30}\b(on|in|across|around) (my |the |his |her )?chest\b/,
  /\b(barely|hardly|can barely|can hardly) (breathe|breathing|breath|swallow|swallowing)\b/,
  /\bwheez(e|es|ed|ing|y)\b/,
  /\b(lips|mouth|face|tongue)\b.{0,25}\b(blue|bluish|purple)\b/,
  /\b(blue|bluish|purple)\b.{0,20}\b(lips|mouth)\b/,
  /\b(tongue|lips|throat)\b.{0,15}\b(swelling|swollen|swells|puffing up)\b/,
  /\b(down|into) the wrong (way|pipe|hole|tube)\b/,
  /\b(food|pills?|tablets?|water|drink)\b.{0,20}\bstuck in (my |his |her |the )?throat\b/,
  // The chest or the breath and a word of pain or difficulty a few words apart, in either order
  // ("my chest is tight", "pain across my chest", "breathing is laboured", "struggling for air");
  // "chest muscle" names the muscle, whose cramp is no emergency without other signs.
  /\bchest(?! muscles?\b)( [a-z0-9]+){0,3} (pain|pains|painful|hurt|hurts|hurting|ache|aches|aching|tight|tightness|tightening|pressure|heavy|heaviness|crushing|crushed|squeezing|squeezed)\b/,
  /\b(pain|pains|painful|hurt|hurts|hurting|ache|aching|tight|tightness|pressure|heavy|heaviness|crushing|squeezing)( [a-z0-9]+){0,3} chest\b(?! muscles?\b)/,
  /\b(breath|breathe|breathing|breaths)( [a-z0-9]+){0,2} (hard|harder|difficult|laboured|labored|shallow|short|shorter|struggling)\b/,
  /\b(cant|cannot|couldnt|hard|harder|difficult|difficulty|trouble|laboured|labored|shallow|short|shortness|struggling|struggle|struggles|barely|hardly|fighting)( [a-z0-9]+){0,2} (breath|breathe|breathing|breaths|air)\b/,
  /\b(he|she|they|i|im|you)( is| are| am)? (turning|going|gone|went) (blue|purple|grey|gray)\b/,
];

/**
 * A back spasm with numbness between the legs or new bladder or bowel trouble: pressure on the nerves
 * at the base of the spine (cauda equina), an emergency [S79]. Checked before the out-of-scope words
 * ("bowel"), and the place is still named. Saddle numbness alone is a red flag too.
 */
export const englishSpinalEmergencyPatterns: readonly RegExp[] = [
  /\bsaddle (numbness|anaesthesia|anesthesia|area)\b/,
  /\b(numb|numbness|tingling|tingly|pins and needles|no feeling|lost feeling|loss of feeling|cant feel|cannot feel|can not feel)\b.{0,40}\b(between (my |the |his |her |your )?legs|groin|genitals?|private parts?|privates|crotch|perineum|anus|back passage|down below(?! (the|my|his|her) )|down there(?! (the|my|his|her) ))\b/,
  /\b(between (my |the |his |her |your )?legs|groin|genitals?|private parts?|privates|crotch|perineum|anus|back passage)\b.{0,30}\b(numb|numbness|tingling|tingly|no feeling|pins and needles)\b/,
  /^(?=.*\b(back(?! of)|lumbar|spine|spinal|sciatica)\b)(?=.*(\b(cant|cannot|can not|couldnt|unable to|trouble|difficulty|problems?|hard to|struggling to|struggle to)( to)? (pee|wee|urinate|urinating|pass urine|passing urine|empty (my |the )?bladder|(control|controlling) (my |the )?(bladder|bowels?|pee|urine))\b|\b(lost|losing|loss of|no) (bladder|bowel|bowels) control\b|\b(bladder|bowel|bowels) (control )?(problems?|trouble|accidents?|leaking|incontinence)\b|\bincontinen(t|ce)\b|\bwet (myself|the bed)\b|\bsoiled\b|\bleaking (urine|pee)\b))/,
  /^(?=.*\b(back(?! of)|lumbar|spine|spinal|sciatica)\b)(?=.*\b(lost|losing|loss of|no) control (of|over) (my |the |his |her )?(bladder|bowels?)\b)/,
  // Numb when wiping is how people notice saddle numbness; a numb bottom counts with a back spasm (a numb
  // bum after long sitting alone does not).
  /\b(numb|numbness|no feeling|cant feel|cannot feel|can not feel)\b.{0,40}\bwhen (i |he |she |they )?wip(e|es|ing)\b/,
  /\b(cant|cannot|can not) feel (the )?(toilet paper|myself wiping|wiping)\b/,
  /^(?=.*\b(back(?! of)|lumbar|lumbago|spine|spinal|sciatica)\b)(?=.*\b(cant|cannot|can not|dont|do not|doesnt|does not) (feel|tell|know|sense) when (i|he|she|they) (need|needs|have|has|want|wants) (to (pee|wee|urinate|go|poo)|the (toilet|loo|bathroom))\b)/,
  /^(?=.*\b(back(?! of)|lumbar|spine|spinal|sciatica)\b)(?=.*(\b(bum|bottom|buttocks?|backside|butt|bum cheeks|butt cheeks)\b.{0,20}\b(numb|numbness|no feeling|tingling|tingly)\b|\b(numb|numbness|no feeling|cant feel|cannot feel|can not feel)\b.{0,20}\b(bum|bottom|buttocks?|backside|butt)\b))/,
];

/** Twitching (fasciculations): common in ALS and not a cramp [S36]; the finder says so. */
export const englishTwitchPatterns: readonly RegExp[] = [
  /\b(twitch|twitches|twitching|twitchy|twitched|fasciculation|fasciculations|fasciculating|flicker|flickers|flickered|flickering|quiver|quivers|quivering|rippling)\b/,
  /\b(jumping|jumps|popping|crawling|wriggling|wiggling|bubbling|fluttering|flutters)\b.{0,20}\bunder (my |the |his |her )?skin\b/,
  /\bmuscles? (keeps? |keep |is |are )?(jumping|jump|jumps)\b/,
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
  /\bfalta (de |el |la )?(aire|respiracion)\b/,
  /\b(apenas|casi no) (puedo |puede )?(respirar|tragar|respira|respiro|traga|trago)\b/,
  /\b(labios|boca|cara|lengua)\b.{0,25}\b(morad[oa]s?|azul(es|ad[oa]s?)?)\b/,
  /\b(lengua|garganta|labios)\b.{0,15}\b(hinchad[oa]s?|se (me|le) hincha)\b|\bse (me|le) hincha (la lengua|la garganta|los labios)\b/,
  /\batragant\w*\b/,
  /\b(se (me|le) va|se (me|le) fue) (la comida |el agua |la bebida )?por (otro lado|el otro lado|mal camino)\b/,
  /\b(presion|peso|opresion)\b.{0,20}\b(en el|en mi|sobre el) pecho\b/,
  // As in English: the chest or the breath and pain or difficulty a few words apart ("me duele el
  // pecho", "tengo el pecho apretado", "respiro con dificultad", "me falta el aliento").
  /\bpecho( [a-z0-9]+){0,2} (duele|dolia|dolio|dolor|apretado|apretada|oprimido|presion|opresion|pesado|aplastado)\b/,
  /\b(duele|dolia|dolio|dolor|aprieta|apretaba|oprime|presion|opresion|peso)( [a-z0-9]+){0,2} pecho\b/,
  /\b(respiro|respira|respirar|respiracion|aliento)( [a-z0-9]+){0,2} (dificultad|mal|agitad[oa]|entrecortad[oa]|superficial)\b/,
  /\b(dificultad|cuesta|costaba|falta|faltaba|apenas)( [a-z0-9]+){0,2} (respirar|respiracion|aliento|aire)\b/,
  /\bse (esta |le esta )?(poniendo|puso|pone) (morad[oa]|azul)\b/,
  /\b(no (puedo|puede) (coger|tomar|agarrar|jalar)|no me entra( el)?|no le entra( el)?) aire\b/,
  /\b(toso|tose|toser|tosiendo|tos con|escupo|escupe) sangre\b/,
  /\bsangre al toser\b/,
  // Stroke: sudden weakness, a fallen face, sudden trouble speaking (see the English ones).
  /\b(debilidad|perdida de fuerza|paralisis) (repentina|subita|de repente|de golpe)\b/,
  /\bde (repente|golpe|pronto)\b.{0,30}\b(sin fuerzas?|paralizad[oa]s?|no (puedo|puede) hablar|habla (rara|arrastrada)|arrastra las palabras)\b/,
  /\b(quedo|queda|puso|pone) (debil|paralizad[oa]|sin fuerzas?|floj[oa]) de (repente|golpe)\b/,
  /\b(cara|boca) (caida|torcida|ladeada|colgando)\b/,
  /\b(se me|se le) (cae|cayo|tuerce|torcio) (la cara|la boca|media cara|un lado de la cara)\b/,
  /\b(ictus|derrame cerebral|embolia)\b/,
  /\b(medio cuerpo|la mitad del cuerpo|un lado del cuerpo)\b.{0,20}\b(dormid[oa]|adormecid[oa]|paralizad[oa]|debil|sin fuerzas?)\b/,
  /\b(durmio|duerme|paralizo|adormecio|quedo) (medio cuerpo|la mitad del cuerpo|un lado del cuerpo)\b/,
  /\bde (repente|golpe|pronto)\b.{0,20}\bno (puedo|puede) (levantar|mover) (el|un|los) brazos?\b/,
  /\b(se (me|le) (fue|va|cayo|cae)) (la boca|la cara)( de lado| hacia un lado)?\b|\bla boca de lado\b/,
  /\b(no puedo|no puede|me cuesta|le cuesta|dificultad para|problemas? para) (respirar|tragar)\b/,
  /\b(me ahogo|se ahoga|ahogando|ahogandome)\b/,
  /\bgarganta (cerrada|se cierra|cerrandose)\b/,
  /\b(ataque al corazon|infarto)\b/,
];

/** Saddle numbness, or bladder or bowel trouble with a back spasm: cauda equina [S79]. */
export const spanishSpinalEmergencyPatterns: readonly RegExp[] = [
  /\b(adormecid[oa]s?|adormecimiento|dormid[oa]s?|entumecid[oa]s?|entumecimiento|acorchad[oa]s?|insensibles?|hormigueo|sin sensibilidad|no siento|no noto|se (me|le) (duermen?|durmio|durmieron|adormecen?|entumecen?))\b.{0,40}\b(entre las piernas|ingles?|genitales|zona intima|partes intimas|entrepierna|perine|ano|silla de montar)\b/,
  /\b(entre las piernas|ingles?|genitales|zona intima|partes intimas|entrepierna|perine|ano|silla de montar)\b.{0,30}\b(adormecid[oa]s?|adormecimiento|dormid[oa]s?|entumecid[oa]s?|entumecimiento|acorchad[oa]s?|insensibles?|hormigueo|sin sensibilidad)\b/,
  /^(?=.*\b(espalda|lumbar|lumbares|lumbago|columna|ciatica)\b)(?=.*(\b(no puedo|no puede|me cuesta|le cuesta|dificultad para|problemas? para) (orinar|hacer pis|mear|controlar (la |el )?(orina|vejiga|intestino|esfinteres?))\b|\bincontinencia\b|\bme hago pis\b|\bse me escapa (la orina|el pis|la caca)\b|\bperdida de (orina|control)\b))/,
  /\b(adormecid[oa]s?|dormid[oa]s?|entumecid[oa]s?|acorchad[oa]s?|no siento|no noto)\b.{0,30}\bal limpiarme\b/,
  /^(?=.*\b(espalda|lumbar|lumbares|columna|ciatica)\b)(?=.*(\b(nalgas?|trasero|culo|pompis|pompas?|posaderas)\b.{0,20}\b(adormecid[oa]s?|dormid[oa]s?|entumecid[oa]s?|acorchad[oa]s?|insensibles?|sin sensibilidad)\b|\b(no siento|no noto|se (me|le) (duermen?|durmio|durmieron|adormecen?|entumecen?))( las| el| la)? (nalgas?|trasero|culo|pompis|pompas?)\b))/,
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

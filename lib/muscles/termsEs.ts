import type { MuscleGroupId } from './ids';

/**
 * Spanish words for the finder, so the Spanish panel understands what people type too. Written
 * without accents: the finder strips them from queries and terms alike ("músculo" → "musculo").
 */

/** Lay names and phrases per group. */
export const spanishTerms: Readonly<Partial<Record<MuscleGroupId, readonly string[]>>> = {
  calf: ['pantorrilla', 'pantorilla', 'gemelo', 'gemelos', 'chamorro', 'soleo', 'aquiles', 'corva'],
  shin: ['espinilla', 'canilla', 'tibia', 'tibial anterior', 'parte delantera de la pierna'],
  foot_sole: [
    'planta del pie',
    'arco del pie',
    'pie',
    'dedos del pie',
    'dedos del pie encogidos',
    'dedo gordo del pie',
  ],
  toe_extensors: ['empeine', 'dedos hacia arriba', 'dedo gordo hacia arriba', 'dedos levantados'],
  outer_lower_leg: [
    'peroneo',
    'peroneos',
    'parte externa de la pierna',
    'parte exterior de la pierna',
    'lado de fuera de la pierna',
  ],
  hamstrings: ['isquiotibiales', 'isquios', 'parte de atras del muslo', 'detras del muslo', 'corva'],
  quadriceps: ['cuadriceps', 'parte de delante del muslo', 'delante del muslo', 'frente del muslo'],
  inner_thigh: ['ingle', 'aductores', 'aductor', 'parte interna del muslo', 'entrepierna'],
  outer_hip: ['cadera', 'lado de la cadera', 'abductores'],
  hip_flexors: [
    'flexor de la cadera',
    'flexores de cadera',
    'delante de la cadera',
    'parte delantera de la cadera',
    'pliegue de la ingle',
  ],
  glutes: ['gluteo', 'gluteos', 'nalga', 'nalgas', 'trasero', 'culo', 'pompis'],
  abdominals: ['abdomen', 'abdominales', 'barriga', 'panza', 'estomago', 'tripa', 'vientre'],
  lower_back: ['lumbar', 'lumbares', 'espalda baja', 'parte baja de la espalda', 'rinones', 'espalda'],
  neck_scm: ['cuello', 'torticolis', 'lado del cuello', 'esternocleidomastoideo'],
  upper_trap: ['trapecio', 'trapecios', 'nuca', 'encima del hombro', 'entre el cuello y el hombro'],
  upper_back: [
    'entre los omoplatos',
    'entre las paletillas',
    'espalda alta',
    'romboides',
    'mitad de la espalda',
  ],
  jaw: ['mandibula', 'quijada', 'sien', 'mejilla', 'dientes apretados', 'apretar los dientes', 'barbilla'],
  biceps: ['parte de delante del brazo', 'delante del brazo'],
  triceps: ['parte de atras del brazo', 'detras del brazo'],
  forearm_flexors: [
    'mano',
    'manos',
    'mano en garra',
    'puno',
    'antebrazo',
    'calambre del escritor',
    'la mano se cierra',
    'mano cerrada',
  ],
  forearm_extensors: [
    'dedos rigidos',
    'dedos estirados',
    'muneca hacia atras',
    'dorso del antebrazo',
    'dorso de la mano',
  ],
  thumb: ['pulgar', 'base del pulgar', 'pulgar metido en la palma'],
  hand_intrinsics: [
    'palma',
    'palma de la mano',
    'dedos separados',
    'dedos juntos',
    'menique',
    'dedos',
    'dedo',
  ],
  shoulder_deltoid: ['hombro', 'hombros', 'deltoides'],
  chest_pec: ['pecho', 'pectoral', 'pectorales'],
  lats: ['dorsal', 'dorsales', 'axila', 'sobaco', 'costado de la espalda'],
  rotator_cuff: ['manguito rotador', 'omoplato', 'paletilla', 'detras del hombro'],
  ribcage: [
    'costillas',
    'costilla',
    'flato',
    'entre las costillas',
    'costado',
    'costado del pecho',
    'diafragma',
  ],
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

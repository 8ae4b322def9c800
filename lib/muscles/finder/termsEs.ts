import type { MuscleGroupId } from '@/lib/muscles/ids';

/**
 * Spanish words for the finder, so the Spanish panel understands what people type too. Written
 * without accents: the finder strips them from queries and terms alike ("músculo" → "musculo").
 * Spanish fillers and sides are in fillers.ts, patterns in patterns.ts.
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
  inner_thigh: [
    'ingle',
    'aductores',
    'aductor',
    'parte interna del muslo',
    'entrepierna',
    'piernas en tijera',
  ],
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

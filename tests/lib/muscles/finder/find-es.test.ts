import { describe, expect, it } from 'vitest';
import { findMuscleGroups } from '@/lib/muscles/finder/find';
import { type MuscleGroupId, muscleGroupIds, muscleGroupNameKey } from '@/lib/muscles/ids';
import es from '../../../../public/_locales/es/messages.json';

const catalogue = es as Record<string, { message: string }>;

// The Spanish panel: what people type there.
const queries: [string, MuscleGroupId, ('left' | 'right' | 'both')?][] = [
  ['pantorrilla', 'calf'],
  ['calambre en la pantorrilla izquierda', 'calf', 'left'],
  ['gemelos', 'calf'],
  ['pantorila', 'calf'],
  ['espinilla derecha', 'shin', 'right'],
  ['planta del pie', 'foot_sole'],
  ['dedos del pie encogidos', 'foot_sole'],
  ['parte de atrás del muslo', 'hamstrings'],
  ['cuádriceps', 'quadriceps'],
  ['ingle', 'inner_thigh'],
  ['nalga', 'glutes'],
  ['tortícolis', 'neck_scm'],
  ['entre los omóplatos', 'upper_back'],
  ['mandíbula', 'jaw'],
  ['la mano se cierra', 'forearm_flexors'],
  ['dedos rígidos', 'forearm_extensors'],
  ['pulgar', 'thumb'],
  ['hombro', 'shoulder_deltoid'],
  ['flato', 'ribcage'],
  ['ambas pantorrillas', 'calf', 'both'],
];

describe('findMuscleGroups in Spanish', () => {
  it.each(queries)('%j', (query, top, side) => {
    const result = findMuscleGroups(query);
    expect(result.matches[0]?.id).toBe(top);
    expect(result.side).toBe(side);
  });

  it.each([
    'dolor en el pecho y falta de aire',
    'no puedo respirar',
    'me cuesta tragar',
    'me falta el aire y tengo calambre en el costado',
    'no me entra el aire',
    'calambre en la pantorrilla y toso sangre',
    'debilidad repentina en el brazo derecho',
    'se le cayó la cara de un lado y tiene el brazo contracturado',
    'de repente no puede hablar y se le acalambra la mano',
    'calambre en la pierna y me falta la respiración',
    'apenas puede respirar',
    'tiene los labios morados',
    'se le hincha la lengua y tiene la mandíbula trabada',
    'se atraganta con la comida y le dan calambres en el cuello',
    'siento una presión en el pecho',
    'me duele el pecho',
    'tengo el pecho apretado',
    'respiro con dificultad',
    'me falta el aliento',
    'dificultad al respirar',
    'se está poniendo morado',
    'se me durmió medio cuerpo de repente',
    'de repente no puedo levantar el brazo',
    'a mi madre se le fue la boca de lado',
  ])('%j is an emergency', (query) => {
    const result = findMuscleGroups(query);
    expect(result.emergency).toBe(true);
    expect(result.matches.map((match) => match.id)).not.toContain('chest_pec');
  });

  it.each([
    'espasmo en la espalda y se me duermen las nalgas',
    'calambre lumbar y no siento nada al limpiarme',
    'lumbago y pérdida de control de esfínteres',
  ])('%j is a spinal emergency', (query) => {
    const result = findMuscleGroups(query);
    expect(result.spinalEmergency).toBe(true);
    expect(result.matches[0]?.id).toBe('lower_back');
  });

  it.each([
    'tengo las piernas débiles y calambres de noche',
    'se me duermen las nalgas al estar sentado',
    'apenas puedo mover la pierna',
    'el aire acondicionado me da calambres',
    'calambre en el pectoral',
    'de repente no puedo mover la pierna por el calambre',
  ])('%j is no emergency', (query) => {
    const result = findMuscleGroups(query);
    expect(result.emergency).toBe(false);
    expect(result.spinalEmergency).toBeUndefined();
  });

  it.each(['dolor de regla', 'cólicos menstruales', 'gastroenteritis'])('%j is out of scope', (query) => {
    expect(findMuscleGroups(query).outOfScope).toBe(true);
  });

  it('offers choices for a vague "muslo"', () => {
    const result = findMuscleGroups('muslo');
    expect(result.ambiguous).toBe(true);
    expect(result.matches.map((match) => match.id)).toEqual(
      expect.arrayContaining(['quadriceps', 'hamstrings', 'inner_thigh']),
    );
  });

  it.each(muscleGroupIds)('the Spanish name of %s finds it first (the omnibox fills that name in)', (id) => {
    expect(findMuscleGroups(catalogue[muscleGroupNameKey(id)]?.message ?? '').matches[0]?.id).toBe(id);
  });
});

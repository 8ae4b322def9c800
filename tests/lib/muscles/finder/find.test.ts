import { describe, expect, it } from 'vitest';
import { findMuscleGroups } from '@/lib/muscles/finder/find';
import type { MuscleGroupId } from '@/lib/muscles/ids';

type Expect = {
  /** The best match, or null for none. */
  top: MuscleGroupId | null;
  side?: 'left' | 'right' | 'both';
  ambiguous?: boolean;
  /** Groups that must all be among the matches (for ambiguous queries). */
  includes?: MuscleGroupId[];
};

// [query, expectation]: from the reference's lay names and from how people type.
const placeQueries: [string, Expect][] = [
  // Calf: names, slang, misspellings, phrases, possessives.
  ['calf', { top: 'calf' }],
  ['Calves', { top: 'calf' }],
  ['calfs', { top: 'calf' }],
  ['claf cramp', { top: 'calf' }],
  ['calff', { top: 'calf' }],
  ['my calf keeps cramping', { top: 'calf' }],
  ['charley horse', { top: 'calf' }],
  ['Charlie horse!!', { top: 'calf' }],
  ['charlie hors', { top: 'calf' }],
  ['back of my lower leg', { top: 'calf' }],
  ['gastroc', { top: 'calf' }],
  ['gastrocnemius', { top: 'calf' }],
  ['gastrocnemious', { top: 'calf' }],
  ['soleus', { top: 'calf' }],
  ['achilles', { top: 'calf' }],
  ["my calf's tight", { top: 'calf' }],
  ['night leg cramp', { top: 'calf' }],
  // Sides.
  ['left calf', { top: 'calf', side: 'left' }],
  ['R calf', { top: 'calf', side: 'right' }],
  ['rigth calf', { top: 'calf', side: 'right' }],
  ['both calves', { top: 'calf', side: 'both' }],
  ['left and right calf', { top: 'calf', side: 'both' }],
  ['L hamstring', { top: 'hamstrings', side: 'left' }],
  ['crmap in my left calf', { top: 'calf', side: 'left' }],
  // Shin and foot.
  ['shin', { top: 'shin' }],
  ['tib ant', { top: 'shin' }],
  ['tibialis anterior', { top: 'shin' }],
  ['front of my lower leg', { top: 'shin' }],
  ['foot pulled up', { top: 'shin' }],
  ['arch of my foot', { top: 'foot_sole' }],
  ['toes curling', { top: 'foot_sole' }],
  ['my toes curl under', { top: 'foot_sole' }],
  ['curled toes', { top: 'foot_sole' }],
  ['bottom of my foot', { top: 'foot_sole' }],
  ['instep', { top: 'foot_sole' }],
  ['big toe bending down', { top: 'foot_sole' }],
  ['foot cramp', { top: 'foot_sole' }],
  ['toes sticking up', { top: 'toe_extensors' }],
  ['big toe points up', { top: 'toe_extensors' }],
  ['top of my foot', { top: 'toe_extensors' }],
  ['outside of lower leg', { top: 'outer_lower_leg' }],
  ['peroneal', { top: 'outer_lower_leg' }],
  ['foot turning out', { top: 'outer_lower_leg' }],
  // Thigh and hip.
  ['hamstring', { top: 'hamstrings' }],
  ['hammy', { top: 'hamstrings' }],
  ['hamstirng', { top: 'hamstrings' }],
  ['back of thigh', { top: 'hamstrings' }],
  ['the back of my upper leg', { top: 'hamstrings' }],
  ['quad', { top: 'quadriceps' }],
  ['quads', { top: 'quadriceps' }],
  ['quadracep', { top: 'quadriceps' }],
  ['front of thigh', { top: 'quadriceps' }],
  ['inner thigh', { top: 'inner_thigh' }],
  ['groin', { top: 'inner_thigh' }],
  ['adductors', { top: 'inner_thigh' }],
  ['side of hip', { top: 'outer_hip' }],
  ['hip flexor', { top: 'hip_flexors' }],
  ['psoas', { top: 'hip_flexors' }],
  ['front of my hip', { top: 'hip_flexors' }],
  ['butt cramp', { top: 'glutes' }],
  ['my bum', { top: 'glutes' }],
  ['piriformis', { top: 'glutes' }],
  ['glutes', { top: 'glutes' }],
  // Trunk.
  ['stomach muscles', { top: 'abdominals' }],
  ['abs', { top: 'abdominals' }],
  ['tummy', { top: 'abdominals' }],
  ['lower back spasm', { top: 'lower_back' }],
  ['lumbar', { top: 'lower_back' }],
  ['between my shoulder blades', { top: 'upper_back' }],
  ['rhomboids', { top: 'upper_back' }],
  ['side stitch', { top: 'ribcage' }],
  ['between the ribs', { top: 'ribcage' }],
  // Neck, head, shoulders.
  ['crick in my neck', { top: 'neck_scm' }],
  ['wry neck', { top: 'neck_scm' }],
  ['torticollis', { top: 'neck_scm' }],
  ['back of neck', { top: 'upper_trap' }],
  ['traps', { top: 'upper_trap' }],
  ['between neck and shoulder', { top: 'upper_trap' }],
  ['jaw clenching', { top: 'jaw' }],
  ['TMJ', { top: 'jaw' }],
  ['lockjaw', { top: 'jaw' }],
  ['shoulder', { top: 'shoulder_deltoid' }],
  ['soulder', { top: 'shoulder_deltoid' }],
  ['delts', { top: 'shoulder_deltoid' }],
  ['pecs', { top: 'chest_pec' }],
  ['chest muscle cramp', { top: 'chest_pec' }],
  ['lats', { top: 'lats' }],
  ['armpit', { top: 'lats' }],
  ['rotator cuff', { top: 'rotator_cuff' }],
  ['back of shoulder', { top: 'rotator_cuff' }],
  // Arms and hands.
  ['bicep', { top: 'biceps' }],
  ['front of upper arm', { top: 'biceps' }],
  ['triceps', { top: 'triceps' }],
  ['back of my arm', { top: 'triceps' }],
  ['my hand curls up', { top: 'forearm_flexors' }],
  ['claw hand', { top: 'forearm_flexors' }],
  ['writers cramp', { top: 'forearm_flexors' }],
  ["writer's cramp", { top: 'forearm_flexors' }],
  ['hand cramp', { top: 'forearm_flexors' }],
  ['fingers stuck straight', { top: 'forearm_extensors' }],
  ['wrist bends back', { top: 'forearm_extensors' }],
  ['back of forearm', { top: 'forearm_extensors' }],
  ['thumb stuck in my palm', { top: 'thumb' }],
  ['base of thumb', { top: 'thumb' }],
  ['fingers spreading apart', { top: 'hand_intrinsics' }],
  ['fingers squeezed together', { top: 'hand_intrinsics' }],
  ['pinky', { top: 'hand_intrinsics' }],
  // Noise around a real place.
  ['<b>calf</b>', { top: 'calf' }],
  ['CALF!!!', { top: 'calf' }],
  ['   calf   ', { top: 'calf' }],
  ['😣 calf 😣', { top: 'calf' }],
  ['Cálf', { top: 'calf' }],
];

const vagueQueries: [string, Expect][] = [
  ['thigh', { top: null, ambiguous: true, includes: ['quadriceps', 'hamstrings', 'inner_thigh'] }],
  ['thigh cramp', { top: null, ambiguous: true, includes: ['quadriceps', 'hamstrings', 'inner_thigh'] }],
  ['my leg', { top: null, ambiguous: true, includes: ['calf', 'hamstrings', 'quadriceps'] }],
  ['legs', { top: null, ambiguous: true, includes: ['calf', 'quadriceps'] }],
  ['my arm', { top: null, ambiguous: true, includes: ['biceps', 'triceps'] }],
  ['behind my knee', { top: null, ambiguous: true, includes: ['calf', 'hamstrings'] }],
  ['lower leg', { top: null, ambiguous: true, includes: ['calf', 'shin'] }],
  ['left leg', { top: null, ambiguous: true, side: 'left', includes: ['calf'] }],
];

describe('findMuscleGroups: places', () => {
  it.each(placeQueries)('%j', (query, expected) => {
    const result = findMuscleGroups(query);
    expect(result.matches[0]?.id ?? null).toBe(expected.top);
    expect(result.side).toBe(expected.side);
    expect(result.emergency).toBe(false);
    expect(result.outOfScope).toBe(false);
  });
});

describe('findMuscleGroups: vague and ambiguous', () => {
  it.each(vagueQueries)('%j', (query, expected) => {
    const result = findMuscleGroups(query);
    expect(result.ambiguous).toBe(true);
    expect(result.matches.length).toBeGreaterThan(1);
    expect(result.matches.map((match) => match.id)).toEqual(expect.arrayContaining(expected.includes ?? []));
    expect(result.side).toBe(expected.side);
  });

  it('a clear place is not ambiguous', () => {
    expect(findMuscleGroups('back of thigh').ambiguous).toBe(false);
    expect(findMuscleGroups('back of thigh').matches.map((match) => match.id)).toEqual(['hamstrings']);
  });
});

describe('findMuscleGroups: emergencies', () => {
  it.each([
    'chest pain and short of breath',
    'chest pain',
    'shortness of breath and my ribs cramp',
    "I can't breathe",
    'trouble swallowing',
    'jaw locked and I cannot swallow',
    'my throat is closing',
    'difficulty breathing with a side stitch',
    'pain in my chest',
    'CHEST TIGHTNESS!!',
  ])('%j sets emergency and never offers the chest muscle', (query) => {
    const result = findMuscleGroups(query);
    expect(result.emergency).toBe(true);
    expect(result.outOfScope).toBe(false);
    expect(result.matches.map((match) => match.id)).not.toContain('chest_pec');
    expect(result.matches.map((match) => match.id)).not.toContain('ribcage');
  });

  it('keeps the place when it is not the chest (jaw with swallowing trouble)', () => {
    expect(findMuscleGroups('jaw locked and I cannot swallow').matches[0]?.id).toBe('jaw');
  });

  it.each([
    ['cramp in my side and I cannot get a breath in', undefined],
    ['not getting enough air and my ribs cramp', undefined],
    ['leg cramp and now I am coughing up blood', undefined],
    ['calf cramp, there is blood when I cough', 'calf'],
    ['my arm suddenly went weak and my face is drooping', undefined],
    ['sudden weakness in my right leg', undefined],
    ['his leg went weak all of a sudden', undefined],
    ['her face is drooping on one side and her hand is cramping', undefined],
    ['suddenly slurring his words with a jaw cramp', 'jaw'],
    ['I think he is having a stroke, his arm is stiff', undefined],
    ['all of a sudden my left side is weak', undefined],
    ['his words come out wrong and his hand cramps', undefined],
    ['feels like an elephant sitting on my chest', undefined],
    ['my chest feels heavy', undefined],
    ['he can barely breathe', undefined],
    ['wheezing with a rib cramp', undefined],
    ['my lips and fingers are going blue', undefined],
    ['jaw cramp and now his tongue is swelling', 'jaw'],
    ['food keeps going down the wrong way', undefined],
    ['a pill is stuck in my throat and my neck cramps', 'neck_scm'],
    ['pain across my chest', undefined],
    ['my chest is really tight tonight', undefined],
    ['breathing is laboured', undefined],
    ['his breathing is getting harder', undefined],
    ['struggling for air', undefined],
    ['fighting for breath and my calf cramps', 'calf'],
    ['she is turning blue', undefined],
    ['his face suddenly dropped on one side', undefined],
    ['my dad is confused all of a sudden', undefined],
    ['she cannot move her right side', undefined],
    ['I suddenly lost the strength in my left arm', undefined],
    ['suddenly he cannot lift his arm', undefined],
  ])('%j sets emergency (breathing, coughing blood, signs of a stroke)', (query, place) => {
    const result = findMuscleGroups(query);
    expect(result.emergency).toBe(true);
    expect(result.outOfScope).toBe(false);
    if (place) expect(result.matches[0]?.id).toBe(place);
  });

  it.each([
    'my legs are weak and my calf cramps at night',
    'my speech is slurred and my jaw cramps',
    'sudden cramp in my calf',
    'sudden cramp in my calf and now my leg feels weak',
    'hamstring cramp when I take a step',
    'stroke the calf gently',
    'my left side is weaker than my right and my calf cramps',
    'my toes go blue in the cold and cramp',
    'stretching with a band across my chest and my pec cramps',
    'chest muscle cramps but I am breathing fine',
    'my legs cross when I walk',
    'breathe slowly and stretch hard',
    'hold my breath when the cramp hits',
    'tight chest muscle from hunching',
    'my chest muscle is tight',
    'my feet are turning blue and cramp',
    'my arms are weaker this month and my hands cramp',
    'my calf cramped suddenly and I could not move my foot',
    'my face fell when the cramp came back',
  ])('%j is no emergency (weakness and slurred speech alone are everyday ALS words)', (query) => {
    expect(findMuscleGroups(query).emergency).toBe(false);
  });

  it.each([
    'back spasm and my bum is numb when I wipe',
    'lower back cramp and my bottom has gone numb',
    'numb down there when I wipe, and my back is in spasm',
    'my back went into spasm and since then I have had no feeling down below',
    'back spasm and I cannot feel when I need to pee',
    'back spasm and I cannot tell when I need the toilet',
  ])('%j is a spinal emergency with the lower back first', (query) => {
    const result = findMuscleGroups(query);
    expect(result.spinalEmergency).toBe(true);
    expect(result.matches[0]?.id).toBe('lower_back');
  });

  it('a numb bottom after long sitting, with no back spasm, is no spinal emergency', () => {
    expect(findMuscleGroups('my bum goes numb when I sit too long').spinalEmergency).toBeUndefined();
    expect(
      findMuscleGroups('back spasm and my foot is numb down below the ankle').spinalEmergency,
    ).toBeUndefined();
  });

  it.each([
    'little flickers under the skin of my thigh',
    'my calf muscle keeps jumping',
    'rippling in my forearm',
  ])('%j is twitching', (query) => {
    expect(findMuscleGroups(query).twitching).toBe(true);
  });

  it('a chest-muscle cramp without symptoms is not an emergency', () => {
    const result = findMuscleGroups('pec cramp');
    expect(result.emergency).toBe(false);
    expect(result.matches[0]?.id).toBe('chest_pec');
  });
});

describe('findMuscleGroups: out of scope', () => {
  it.each([
    'period cramps',
    'menstrual cramps',
    'stomach flu',
    'stomach bug cramps',
    'gas cramps',
    'food poisoning',
    'labour contractions',
  ])('%j is out of scope with no match', (query) => {
    const result = findMuscleGroups(query);
    expect(result.outOfScope).toBe(true);
    expect(result.emergency).toBe(false);
    expect(result.matches).toEqual([]);
  });
});

describe('findMuscleGroups: nothing to find', () => {
  it.each(['', '   ', '!!!', '🦵🦵', 'asdfghjkl', 'hello world', 'cramp', '<script>alert(1)</script>'])(
    '%j finds nothing, calmly',
    (query) => {
      const result = findMuscleGroups(query);
      expect(result).toEqual({ matches: [], ambiguous: false, emergency: false, outOfScope: false });
    },
  );

  it('reads only the start of a 10,000-character paste', () => {
    expect(findMuscleGroups(`calf ${'x'.repeat(10_000)}`).matches[0]?.id).toBe('calf');
    expect(findMuscleGroups(`${'x '.repeat(5_000)}calf`).matches).toEqual([]);
  });

  it('scores best first', () => {
    const { matches } = findMuscleGroups('hand');
    const scores = matches.map((match) => match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

it('has at least 80 table-driven queries', () => {
  expect(placeQueries.length + vagueQueries.length).toBeGreaterThanOrEqual(80);
});

import { describe, expect, it } from 'vitest';
import { patternSources } from '@/lib/muscles/finder/data';
import { shortTypoRank } from '@/lib/muscles/finder/engine';
import { findMuscleGroups } from '@/lib/muscles/finder/find';
import { typedWords } from '@/lib/muscles/finder/text';

const top = (query: string) => findMuscleGroups(query).matches[0]?.id;

describe('the finder reads places, not just words', () => {
  it('an explicit place outranks slang', () => {
    expect(top('charley horse in the front of my thigh')).toBe('quadriceps');
    expect(top('charley horse in the back of my thigh')).toBe('hamstrings');
    expect(top('charley horse')).toBe('calf');
  });

  it('reads a place relative to a landmark', () => {
    expect(top('along my side just behind the armpit')).toBe('lats');
    expect(top('outside of the leg below the knee')).toBe('outer_lower_leg');
    expect(top('the inside of my hand')).toBe('hand_intrinsics');
  });

  it('reads the leg above and below the knee, whatever the order', () => {
    expect(top('back of my leg above the knee')).toBe('hamstrings');
    expect(top('above the knee at the back of my leg')).toBe('hamstrings');
    expect(top('front of the leg above the knee')).toBe('quadriceps');
    expect(top('back of my leg below the knee')).toBe('calf');
    expect(top('front of my leg below the knee')).toBe('shin');
  });

  it('toes pulled back are the toe lifters, not the sole', () => {
    expect(top('tops of my toes pull back')).toBe('toe_extensors');
    expect(top('my toes bend back')).toBe('toe_extensors');
    expect(top('my toes curl under')).toBe('foot_sole');
  });

  it('legs that scissor are the inner thighs (the spasticity word)', () => {
    expect(top('his legs scissor together when we stand him up')).toBe('inner_thigh');
    expect(top('scissoring of the legs')).toBe('inner_thigh');
    expect(top('piernas en tijera')).toBe('inner_thigh');
  });

  it('ordinary words one letter from a body word stay ordinary ("skin" is no shin)', () => {
    expect(findMuscleGroups('a knot under the skin of my calf').matches.map((match) => match.id)).toEqual([
      'calf',
    ]);
    expect(top('shni cramp')).toBe('shin');
    for (const query of [
      'fast',
      'first',
      'hard',
      'warm',
      'last',
      'bien',
      'poco',
      'todo',
      'acostado',
      'hola',
    ]) {
      expect(findMuscleGroups(query).matches, query).toEqual([]);
    }
    expect(top('last night my calf cramped')).toBe('calf');
    expect(top('cuando estoy acostado se me acalambra el gemelo')).toBe('calf');
  });

  it('reads Spanish places through the same phrases', () => {
    expect(top('calambre en el muslo por delante')).toBe('quadriceps');
    expect(top('por dentro del muslo')).toBe('inner_thigh');
    expect(top('calambre en la parte de fuera de la pierna')).toBe('outer_lower_leg');
  });

  it('a place the person rules out does not count', () => {
    expect(top('in the back of my thigh, not my calf')).toBe('hamstrings');
  });

  it('a phrase spread over a sentence is not one place', () => {
    // "back … legs" are four words apart: the back spasm is the place.
    expect(top('back spasm and numbness between my legs')).toBe('lower_back');
  });

  it('a phrase never reads across "and" / "y" (but "between X and Y" is one place)', () => {
    expect(top('back spasm and my legs feel tired')).toBe('lower_back');
    expect(top('espasmo en la espalda y las piernas cansadas')).toBe('lower_back');
    expect(top('the area between my neck and my shoulder')).toBe('upper_trap');
    expect(top('back of my thigh and my calf')).toBe('hamstrings');
  });

  it('"right at" is not a side', () => {
    expect(findMuscleGroups('cramp right at the crease of my hip').side).toBeUndefined();
    expect(findMuscleGroups('right hip').side).toBe('right');
  });

  it('"knots up" is not a direction', () => {
    expect(top('my calf knots up when I point my toes')).toBe('calf');
  });

  it('matches an anatomical name as a whole, never through a word inside it', () => {
    expect(top('extensor carpi radialis')).toBe('forearm_extensors');
    expect(top('biceps femoris')).toBe('hamstrings');
    expect(top('adductor pollicis')).toBe('thumb');
    expect(top('first dorsal interosseous')).toBe('hand_intrinsics');
    expect(top('triceps surae')).toBe('calf');
  });

  it('names the phrase that matched and the words of the query it read', () => {
    expect(findMuscleGroups('cramp in the back of my thigh!').matches[0]).toMatchObject({
      id: 'hamstrings',
      phrase: 'back of thigh',
      words: 'back of my thigh',
    });
    expect(findMuscleGroups('Calambre en la parte de atrás del muslo').matches[0]).toMatchObject({
      id: 'hamstrings',
      words: 'atras del muslo',
    });
    expect(findMuscleGroups('shldr cramp').matches[0]).toMatchObject({ words: 'shldr' });
  });
});

describe('short words and dropped vowels', () => {
  it.each([
    ['bak spasm', 'lower_back'],
    ['lowr bak', 'lower_back'],
    ['nek cramp', 'neck_scm'],
    ['clf cramp', 'calf'],
    ['shn', 'shin'],
    ['jwa locked', 'jaw'],
    ['shldr cramp', 'shoulder_deltoid'],
    ['hnad cramp', 'forearm_flexors'],
    ['espalada', 'lower_back'],
  ])('%j → %s', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('"lef calf" is the left calf', () => {
    expect(findMuscleGroups('lef calf')).toMatchObject({ side: 'left', matches: [{ id: 'calf' }] });
  });

  it.each(['hit', 'him', 'let', 'top', 'too', 'two', 'bad', 'can', 'tie', 'hop', 'sin'])(
    'the ordinary word %j is no body part',
    (word) => {
      expect(findMuscleGroups(word)).toEqual({
        matches: [],
        ambiguous: false,
        emergency: false,
        outOfScope: false,
      });
    },
  );

  it('ranks a dropped letter over swapped neighbours over a neighbouring key', () => {
    expect(shortTypoRank('bak', 'back')).toBe(1);
    expect(shortTypoRank('hpi', 'hip')).toBe(2);
    expect(shortTypoRank('abz', 'abs')).toBe(3);
    expect(shortTypoRank('hit', 'hip')).toBe(0);
    expect(shortTypoRank('arm', 'arm')).toBe(0);
  });
});

describe('typedWords: what a match read, as the person typed it', () => {
  it.each([
    ['Cramp in the BACK of my thigh!!', 'back of my thigh', 'BACK of my thigh'],
    ['Calambre en la parte de atrás del muslo', 'atras del muslo', 'atrás del muslo'],
    ["my calf's tight 😣", 'calf', 'calf'],
    ['shldr cramp', 'shldr', 'shldr'],
    ['calf', '', ''],
  ])('%j, %j → %j', (input, words, typed) => {
    expect(typedWords(input, words, 200)).toBe(typed);
  });

  it('falls back to the normalised words when the query cannot be lined up', () => {
    expect(typedWords('straße calf', 'calf', 200)).toBe('calf');
    expect(typedWords('something else', 'calf', 200)).toBe('calf');
  });
});

describe('patternSources: the red-flag lists read in one pass', () => {
  const compile = (patterns: RegExp[]) =>
    patternSources(patterns).map(([source, flags]) => new RegExp(source, flags));

  it('keeps each pattern whole: anchors and alternations stay inside it', () => {
    const [joined, ...rest] = compile([/^(?=.*back)(?=.*numb)/, /a|b$/]);
    expect(rest).toEqual([]);
    expect(joined?.test('numb and back')).toBe(true);
    expect(joined?.test('xb')).toBe(true);
    expect(joined?.test('xa')).toBe(true);
    expect(joined?.test('bx')).toBe(false);
  });

  it('keeps patterns with other flags apart', () => {
    const joined = compile([/calf/, /shin/i]);
    expect(joined).toHaveLength(2);
    expect(joined.some((pattern) => pattern.test('SHIN'))).toBe(true);
    expect(joined.some((pattern) => pattern.test('CALF'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { sources } from '@/lib/content/sources';
import { buildPlan, phaseCount, stepLetter } from '@/lib/contrast/protocol';
import { checkTimerSettings, defaultTimerSettings, planReadings } from '@/lib/contrast/settings';
import { generalRules, muscleGroupList, muscleGroups, safetyFlags } from '@/lib/muscles/data';
import { findMuscleGroups } from '@/lib/muscles/finder/find';
import { clinicianAdvice, techniqueIds, techniques } from '@/lib/techniques/data';
import enCatalogue from '@/public/_locales/en/messages.json';
import esCatalogue from '@/public/_locales/es/messages.json';

/**
 * The clinical corrections of issue 12, held in place: each test names the item it keeps. The
 * content itself is listed, key by key, in docs/clinical-review.md.
 */
type Catalogue = Record<string, { message: string }>;
const en = enCatalogue as Catalogue;
const es = esCatalogue as Catalogue;
const message = (catalogue: Catalogue, key: string) => catalogue[key]?.message ?? '';
const both = (key: string) => [message(en, key), message(es, key)];

/** Every source id the product cites, from the techniques, the finder and the safety flags. */
function citedSources(): string[] {
  const techniqueTexts = techniqueIds.flatMap((id) => {
    const technique = techniques[id];
    return [...technique.intro, ...technique.selfSteps, ...technique.caregiverSteps, ...technique.cautions];
  });
  const groupFacts = muscleGroupList.flatMap((group) => [
    group.where,
    group.opposite,
    group.stretch,
    ...(group.activation
      ? [group.activation.selfSeated, group.activation.selfLying, group.activation.caregiver]
      : []),
    ...group.actions,
  ]);
  return [
    ...techniqueTexts,
    ...Object.values(clinicianAdvice),
    ...groupFacts,
    ...Object.values(safetyFlags),
    ...Object.values(generalRules),
  ].flatMap((fact) => fact.sources);
}

describe('1, 13: a bath is for a limb in a basin, never a cold tub', () => {
  it('limits the bath to a hand, wrist, forearm, foot, ankle or lower leg, in a basin', () => {
    expect(message(en, 'need_bath')).toMatch(/basin or bucket/);
    expect(message(en, 'contrast_self_5')).toMatch(
      /only for a hand, wrist, forearm, foot, ankle or lower leg/,
    );
    expect(message(en, 'contrast_self_5')).toMatch(/Never sit in a cold tub/);
    expect(message(en, 'contrast_self_5')).toMatch(/thigh, hip, back or trunk, use packs/);
    expect(message(es, 'contrast_self_5')).toMatch(/barreño o un cubo/);
    expect(message(es, 'contrast_self_5')).toMatch(/Nunca se siente en una bañera fría/);
  });

  it('has no text that offers a tub, unless to forbid it', () => {
    for (const [catalogue, tub, never] of [
      [en, /\btubs?\b/i, /\bnever\b/i],
      [es, /bañera/i, /\bnunca\b/i],
    ] as const) {
      const offering = Object.entries(catalogue).filter(
        ([, entry]) => tub.test(entry.message) && !never.test(entry.message),
      );
      expect(offering.map(([key]) => key)).toEqual([]);
    }
    expect(message(en, 'need_bath')).not.toMatch(/whole muscle/);
  });

  it('says how to make the cold water: ice until the thermometer reads 10–15 °C; packs always wrapped', () => {
    expect(message(en, 'contrast_self_5')).toMatch(/add ice until the thermometer reads 10 to 15 °C/);
    expect(message(en, 'timerTempCold')).toMatch(/add ice until a thermometer reads 10–15 °C/);
    expect(message(en, 'timerTempCold')).toMatch(/freezer is colder .*always wrap/);
    expect(message(es, 'timerTempCold')).toMatch(/añada hielo hasta que el termómetro marque/);
  });

  it('cites the contrast-bath sources that describe hands and feet', () => {
    const step = techniques.contrast.selfSteps.find((text) => text.key === 'contrast_self_5');
    expect(step?.sources).toEqual(expect.arrayContaining(['S45', 'S47']));
  });
});

describe('2, 3: the neck (sternocleidomastoid) goes the right way', () => {
  it('stretches by tilting away from the cramp and, if turning, turning toward it; never back', () => {
    const [stretch, estirar] = both('finder_neck_scm_stretch');
    expect(stretch).toMatch(/Tilt the ear gently away from the cramping side/);
    expect(stretch).toMatch(/turn the face slightly toward the cramping side/);
    expect(stretch).toMatch(/Never tip the head back/);
    expect(stretch).not.toMatch(/turn or tilt the head away/i);
    expect(estirar).toMatch(/gire la cara un poco hacia el lado del calambre/);
  });

  it('puts the hand on the side opposite the cramp in every activation', () => {
    for (const variant of ['seated', 'lying', 'caregiver']) {
      const [english, spanish] = both(`finder_neck_scm_${variant}`);
      expect(english, variant).toMatch(/just above the ear on the side opposite the cramp/);
      expect(spanish, variant).toMatch(/del lado contrario al calambre/);
      expect(english, variant).not.toMatch(/needs to move toward/);
    }
  });
});

describe('4, 6: the calf set-ups give resistance, and the soleus is named', () => {
  it('resists the foot from on top: the other foot, or a strap held down', () => {
    const seated = message(en, 'finder_calf_seated');
    const lying = message(en, 'finder_calf_lying');
    expect(seated).toMatch(/other foot on top of this foot/);
    expect(seated).toMatch(/strap over the top of the foot with its ends held down under your other foot/);
    expect(seated).toMatch(/is a stretch, not resistance/);
    expect(lying).not.toMatch(/loop a towel/);
    expect(lying).toMatch(/caregiver hold down the ends of a strap/);
  });

  it('says on screen that a soleus cramp needs the shin muscles, not the knee straightening', () => {
    for (const key of ['finder_calf_opposite', 'reciprocal_example_calf']) {
      expect(message(en, key), key).toMatch(/soleus/);
      expect(message(es, key), key).toMatch(/sóleo/);
    }
    expect(message(en, 'finder_calf_opposite')).toMatch(/use the shin muscles/);
  });
});

describe('5: the abductor hallucis abducts the big toe', () => {
  it('is not listed as a flexor', () => {
    const actions = muscleGroups.foot_sole.actions.filter((action) =>
      action.muscles.includes('abductor hallucis'),
    );
    expect(actions.map((action) => action.action)).toEqual(['big toe abduction']);
    expect(actions[0]?.antagonists).toEqual(['adductor hallucis']);
  });
});

describe('7: belly cramps get a warning', () => {
  it('puts a safety flag on the abdominals card, in both languages', () => {
    expect(muscleGroups.abdominals.safety).toContain('belly');
    const [flag, aviso] = both(safetyFlags.belly.key);
    expect(flag).toMatch(/bowel, constipation or the bladder/);
    expect(flag).toMatch(/fever or vomiting, call a doctor/);
    expect(aviso).toMatch(/fiebre o vómitos, llame a un médico/);
    expect(safetyFlags.belly.sources.length).toBeGreaterThan(0);
  });

  it.each(['stomach cramp', 'tummy cramp', 'abdominal pain', 'calambre en la barriga'])(
    '%j reaches the flagged card',
    (query) => {
      expect(findMuscleGroups(query).matches[0]?.id).toBe('abdominals');
    },
  );
});

describe('8: twitching is not a cramp', () => {
  it.each([
    ['calf twitching', 'calf'],
    ['my thigh keeps twitching', 'quadriceps'],
    ['fasciculations in the calf', 'calf'],
    ['fasciculaciones en la pantorrilla', 'calf'],
  ])('%j gets the twitching notice and still names the place', (query, place) => {
    const result = findMuscleGroups(query);
    expect(result.twitching).toBe(true);
    expect(result.matches.map((match) => match.id)).toContain(place);
  });

  it('a plain cramp has no twitching notice', () => {
    expect(findMuscleGroups('calf cramp').twitching).toBeUndefined();
  });

  it('says so in the notice and in the safety view, with the MDA source', () => {
    expect(message(en, 'finderTwitch')).toMatch(/not a cramp/);
    expect(message(en, 'aboutTwitching')).toMatch(/not a cramp/);
    expect(message(es, 'aboutTwitching')).toMatch(/No son un calambre/);
    expect(sources.S36).toMatch(/Twitching/);
  });
});

describe('9: spasticity is explained once, in the safety view and the contrast method', () => {
  it('is a contrast caution with its sources', () => {
    const note = techniques.contrast.cautions.find((text) => text.key === 'spasticityNote');
    expect(note?.sources).toEqual(expect.arrayContaining(['S38', 'S78']));
    expect(sources.S78).toMatch(/Price .*Arch Phys Med Rehabil 1993;74:300/);
  });

  it('says it is an ongoing stiffness that cold may ease briefly or worsen', () => {
    const [english, spanish] = both('spasticityNote');
    expect(english).toMatch(/different from a cramp/);
    expect(english).toMatch(/ongoing stiffness/);
    expect(english).toMatch(/made it worse in some people/);
    expect(spanish).toMatch(/no es un calambre/);
  });
});

describe('10: a back spasm with saddle numbness or bladder or bowel trouble is an emergency', () => {
  it.each([
    'back spasm and numbness between my legs',
    'lower back spasm, numb groin',
    'my back is cramping and I cant control my bowel',
    'back spasm and trouble passing urine',
    'lower back cramp and new bladder problems',
    'espasmo en la espalda y adormecimiento entre las piernas',
    'calambre lumbar y no puedo orinar',
  ])('%j raises the emergency and still names the lower back', (query) => {
    const result = findMuscleGroups(query);
    expect(result.spinalEmergency).toBe(true);
    expect(result.outOfScope).toBe(false);
    expect(result.matches[0]?.id).toBe('lower_back');
    expect(result.ambiguous).toBe(false);
  });

  it('saddle numbness alone is an emergency too', () => {
    expect(findMuscleGroups('saddle numbness').spinalEmergency).toBe(true);
  });

  it.each([
    'lower back cramp',
    'back spasm and I cant control my legs',
    'bowel cramps',
    'back of knee cramp',
  ])('%j is not the spinal emergency', (query) => {
    expect(findMuscleGroups(query).spinalEmergency).toBeUndefined();
  });

  it('the lower-back card says it, with its source', () => {
    expect(muscleGroups.lower_back.safety).toContain('spinal');
    expect(message(en, safetyFlags.spinal.key)).toMatch(/cauda equina/);
    expect(message(es, safetyFlags.spinal.key)).toMatch(/cola de caballo/);
    expect(safetyFlags.spinal.sources).toEqual(['S79']);
  });
});

describe('12, 16, 17, 18: wording', () => {
  it('12: mexiletine is approved for heart rhythm; for cramps it is off-label; no dosing', () => {
    const [english, spanish] = both('aboutMexiletine');
    expect(english).toMatch(/heart-rhythm problems; using it for cramps is off-label/);
    expect(spanish).toMatch(/fuera de indicación/);
    for (const text of [english, spanish]) expect(text).not.toMatch(/\bmg\b/);
  });

  it('16: no contrast on diabetes or any numb area', () => {
    const [english, spanish] = both('contrast_caution_3');
    expect(english).toMatch(/diabetes, or on any area that is numb/);
    expect(english).not.toMatch(/affecting the feet/);
    expect(spanish).not.toMatch(/afecte a los pies/);
  });

  it('17: the opposite muscle tends to relax (not "cannot both pull")', () => {
    const [english, spanish] = both('reciprocal_intro');
    expect(english).toMatch(/tends to relax/);
    expect(english).not.toMatch(/cannot both/);
    expect(spanish).toMatch(/tiende a/);
  });

  it('18: the review without a proven medicine is dated 2012, before the 2018 trial', () => {
    for (const text of both('aboutEvidence')) {
      expect(text).toMatch(/2012/);
      expect(text).toMatch(/2018/);
    }
    expect(sources.S66).toMatch(/2012/);
  });
});

describe('14: the timer says warm, never hot', () => {
  it('has no timer string that says hot, in either language', () => {
    const timerKeys = Object.keys(en).filter((key) => key.startsWith('timer'));
    expect(timerKeys.length).toBeGreaterThan(30);
    expect(timerKeys.filter((key) => /\bhot\b/i.test(message(en, key)))).toEqual([]);
    expect(timerKeys.filter((key) => /\b(calor|caliente|calientes)\b/i.test(message(es, key)))).toEqual([]);
  });

  it('names the warm phase Warm / Templado, and the badge letter is W', () => {
    expect(message(en, 'timerPhaseHot')).toBe('Warm');
    expect(message(es, 'timerPhaseHot')).toBe('Templado');
    expect(message(en, 'timerAlertHot')).toMatch(/warm pack/);
    expect(stepLetter.hot).toBe('W');
  });
});

describe('15: "rotate three times" has two readings, and the settings offer both', () => {
  it('defaults to seven phases and offers nine in one choice', () => {
    expect(phaseCount(buildPlan(defaultTimerSettings))).toBe(7);
    const nine = planReadings.find((reading) => reading.id === 'ninePhases');
    expect(phaseCount(buildPlan({ ...defaultTimerSettings, rounds: nine?.rounds ?? 0 }))).toBe(9);
  });

  it('keeps settings stored before the choice existed readable', () => {
    expect(checkTimerSettings({ ...defaultTimerSettings, rounds: 4 })).toEqual({
      value: { ...defaultTimerSettings, rounds: 4 },
      corrupt: false,
    });
  });
});

describe('19: weak limbs are supported', () => {
  it.each([
    'finder_upper_back_lying',
    'finder_lats_stretch',
    'finder_hamstrings_stretch',
    'finder_hamstrings_seated',
  ])('%s says only as far as is comfortable, in both languages', (key) => {
    expect(message(en, key)).toMatch(/only as far as is comfortable/);
    expect(message(es, key)).toMatch(/solo hasta donde resulte cómodo/);
  });
});

describe('20: the weakest sources are replaced', () => {
  it.each(['S15', 'S33', 'S34', 'S71'])('%s is neither listed nor cited', (id) => {
    expect(sources).not.toHaveProperty(id);
    expect(citedSources()).not.toContain(id);
  });

  it('every cited source is in the list', () => {
    for (const id of citedSources()) expect(sources, id).toHaveProperty(id);
  });
});

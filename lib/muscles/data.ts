import type { SourceId } from '@/lib/content/sources';
import type { MessageKey } from '@/lib/i18n';
import { type MuscleGroupSearch, muscleGroupSearch } from '@/lib/muscles/finder/termsEn';
import type { TechniqueId } from '@/lib/techniques/data';
import { type MuscleGroupId, muscleGroupIds } from './ids';

/**
 * Muscle groups, their antagonists and how to work them, each fact with the ids of its sources in `lib/content/sources.ts`.
 * Every fact keeps its source ids; `generalAnatomy: true` marks facts the reference gives as general
 * anatomy knowledge with no source found ([GAK] there): those need the most care when edited.
 * Plain-language text lives in messages.json (`finder_<id>_…`); search terms are English data.
 */

/** Where a group sits, for the body map's list view. */
export type BodyArea = 'legs' | 'trunk' | 'head' | 'shoulders' | 'arms';

/** A safety warning the card shows first when it applies. */
export type SafetyFlagId =
  | 'clot'
  | 'neckFront'
  | 'weakNeck'
  | 'jawLock'
  | 'chest'
  | 'fistedHand'
  | 'weakArm'
  | 'belly'
  | 'spinal';

/** One thing a muscle does, and the muscles that do the opposite. Anatomical names, not UI text. */
export interface MuscleAction {
  muscles: readonly string[];
  action: string;
  antagonists: readonly string[];
  sources: readonly SourceId[];
  generalAnatomy?: true;
}

/** A message key with the sources behind it. */
export interface SourcedKey {
  key: MessageKey;
  sources: readonly SourceId[];
  generalAnatomy?: true;
}

/** How to tighten the antagonist: on your own sitting or lying, or with a caregiver. */
export interface Activation {
  selfSeated: SourcedKey;
  selfLying: SourcedKey;
  caregiver: SourcedKey;
}

/** Everything the finder knows about one muscle group (its search data lives in finder/termsEn.ts). */
export interface MuscleGroup extends MuscleGroupSearch {
  id: MuscleGroupId;
  area: BodyArea;
  /** True when the group exists on the left and the right (the card then asks which side). */
  sided: boolean;
  where: SourcedKey;
  actions: readonly MuscleAction[];
  /** Plain-language summary of the opposite muscles. */
  opposite: SourcedKey;
  /** Null only for `ribcage`: there is no safe home method against the breathing muscles [S37]. */
  activation: Activation | null;
  /** Gentle stretch direction; for `ribcage` its safety guidance instead. */
  stretch: SourcedKey;
  safety: readonly SafetyFlagId[];
  /** Technique details worth opening from the card. */
  techniques: readonly TechniqueId[];
}

/** Safety warning texts and their sources. */
export const safetyFlags: Readonly<Record<SafetyFlagId, SourcedKey>> = {
  clot: { key: 'finderSafety_clot', sources: ['S72'] },
  neckFront: { key: 'finderSafety_neckFront', sources: ['S82'] },
  weakNeck: { key: 'finderSafety_weakNeck', sources: ['S40'] },
  jawLock: { key: 'finderSafety_jawLock', sources: ['S39'] },
  chest: { key: 'finderSafety_chest', sources: ['S37'] },
  fistedHand: { key: 'finderSafety_fistedHand', sources: ['S68'] },
  weakArm: { key: 'finderSafety_weakArm', sources: ['S41'] },
  // Belly pain may be the bowel, constipation or the bladder, not a muscle [S80].
  belly: { key: 'finderSafety_belly', sources: ['S80'] },
  // A back spasm with saddle numbness or new bladder or bowel trouble: cauda equina, an emergency [S79].
  spinal: { key: 'finderSafety_spinal', sources: ['S79'] },
};

/** The general rules of reciprocal inhibition shown on every card [S1, S74, S42, S41]. */
export const generalRules = {
  intro: { key: 'finderActivateIntro', sources: ['S1', 'S74', 'S42'] },
  stop: { key: 'finderStopRule', sources: ['S41', 'S42'] },
  caregiver: { key: 'finderCaregiverRule', sources: ['S41'] },
  ribcage: { key: 'finderRibcageGuidance', sources: ['S37'] },
} as const satisfies Record<string, SourcedKey>;

// Sources of the "push against something that does not move" method itself: the post describes it
// [S1], and the reciprocal inhibition it relies on is described in [S31, S32].
const method: readonly SourceId[] = ['S1', 'S31', 'S32'];

const k = (key: MessageKey, sources: readonly SourceId[], generalAnatomy?: true): SourcedKey =>
  generalAnatomy ? { key, sources, generalAnatomy } : { key, sources };

/** The three activation versions of a group, all from the group's `finder_<id>_…` keys. */
function activation(
  id: Exclude<MuscleGroupId, 'ribcage'>,
  sources: readonly SourceId[],
  generalAnatomy?: true,
): Activation {
  return {
    selfSeated: k(`finder_${id}_seated` as MessageKey, sources, generalAnatomy),
    selfLying: k(`finder_${id}_lying` as MessageKey, sources, generalAnatomy),
    caregiver: k(`finder_${id}_caregiver` as MessageKey, [...sources, 'S41'], generalAnatomy),
  };
}

const where = (id: MuscleGroupId, sources: readonly SourceId[]) =>
  k(`finder_${id}_where` as MessageKey, sources);
const opposite = (id: MuscleGroupId, sources: readonly SourceId[], generalAnatomy?: true) =>
  k(`finder_${id}_opposite` as MessageKey, sources, generalAnatomy);
const stretch = (id: MuscleGroupId, sources: readonly SourceId[], generalAnatomy?: true) =>
  k(`finder_${id}_stretch` as MessageKey, sources, generalAnatomy);

const bothMethods: readonly TechniqueId[] = ['reciprocal', 'stretching', 'compression'];

const groupList: readonly MuscleGroup[] = [
  {
    id: 'calf',
    area: 'legs',
    sided: true,
    ...muscleGroupSearch.calf,
    where: where('calf', ['S3', 'S4']),
    // The post suggests the hamstrings for a calf cramp; anatomy says no: the hamstrings bend the knee
    // together with the gastrocnemius, so they cannot relax it. The quadriceps straighten the knee, which
    // opposes the gastrocnemius only: the card says so, and sends a soleus cramp to the shin muscles.
    actions: [
      {
        muscles: ['gastrocnemius'],
        action: 'plantarflexion',
        antagonists: ['tibialis anterior', 'extensor digitorum longus', 'extensor hallucis longus'],
        sources: ['S2', 'S3', 'S77'],
      },
      {
        muscles: ['gastrocnemius'],
        action: 'knee flexion',
        antagonists: ['quadriceps'],
        sources: ['S3', 'S17', 'S32'],
      },
      {
        muscles: ['soleus'],
        action: 'plantarflexion',
        antagonists: ['tibialis anterior'],
        sources: ['S2', 'S4'],
      },
    ],
    opposite: opposite('calf', ['S2', 'S3', 'S4', 'S17', 'S32', 'S77']),
    activation: activation('calf', [...method, 'S2', 'S4', 'S17']),
    stretch: stretch('calf', ['S44', 'S70']),
    safety: ['clot'],
    techniques: bothMethods,
  },
  {
    id: 'shin',
    area: 'legs',
    sided: true,
    ...muscleGroupSearch.shin,
    where: where('shin', ['S2', 'S30']),
    actions: [
      {
        muscles: ['tibialis anterior'],
        action: 'dorsiflexion',
        antagonists: ['gastrocnemius', 'soleus', 'plantaris', 'tibialis posterior'],
        sources: ['S2', 'S30'],
      },
      {
        muscles: ['tibialis anterior'],
        action: 'inversion',
        antagonists: ['fibularis longus'],
        sources: ['S30'],
      },
    ],
    opposite: opposite('shin', ['S2', 'S30']),
    activation: activation('shin', method),
    stretch: stretch('shin', ['S41']),
    safety: [],
    techniques: bothMethods,
  },
  {
    id: 'foot_sole',
    area: 'legs',
    sided: true,
    ...muscleGroupSearch.foot_sole,
    where: where('foot_sole', ['S9', 'S26']),
    actions: [
      {
        muscles: ['flexor digitorum brevis'],
        action: 'flexion of toes 2-5',
        antagonists: ['extensor digitorum brevis', 'extensor digitorum longus'],
        sources: ['S26'],
        generalAnatomy: true,
      },
      {
        muscles: ['flexor hallucis longus'],
        action: 'big toe flexion',
        antagonists: ['extensor hallucis longus'],
        sources: ['S9'],
      },
      {
        muscles: ['flexor hallucis brevis'],
        action: 'big toe flexion',
        antagonists: ['extensor hallucis longus', 'extensor hallucis brevis'],
        sources: [],
        generalAnatomy: true,
      },
      {
        // It mainly pulls the big toe away from the others (and supports the arch), not a flexor.
        muscles: ['abductor hallucis'],
        action: 'big toe abduction',
        antagonists: ['adductor hallucis'],
        sources: [],
        generalAnatomy: true,
      },
    ],
    opposite: opposite('foot_sole', ['S9', 'S26'], true),
    activation: activation('foot_sole', ['S1', 'S9', 'S26']),
    stretch: stretch('foot_sole', ['S41']),
    safety: [],
    techniques: bothMethods,
  },
  {
    id: 'toe_extensors',
    area: 'legs',
    sided: true,
    ...muscleGroupSearch.toe_extensors,
    where: where('toe_extensors', ['S25']),
    actions: [
      {
        muscles: ['extensor digitorum longus', 'extensor hallucis longus'],
        action: 'toe extension, dorsiflexion',
        antagonists: [
          'flexor digitorum longus',
          'flexor hallucis longus',
          'flexor digitorum brevis',
          'plantarflexors',
        ],
        sources: ['S9', 'S25'],
        generalAnatomy: true,
      },
    ],
    opposite: opposite('toe_extensors', ['S9', 'S25'], true),
    activation: activation('toe_extensors', method, true),
    stretch: stretch('toe_extensors', ['S41']),
    safety: [],
    techniques: bothMethods,
  },
  {
    id: 'outer_lower_leg',
    area: 'legs',
    sided: true,
    ...muscleGroupSearch.outer_lower_leg,
    where: where('outer_lower_leg', ['S30']),
    actions: [
      {
        muscles: ['fibularis longus', 'fibularis brevis'],
        action: 'eversion, plantarflexion',
        antagonists: ['tibialis anterior', 'tibialis posterior'],
        sources: ['S30'],
        generalAnatomy: true,
      },
    ],
    opposite: opposite('outer_lower_leg', ['S30'], true),
    activation: activation('outer_lower_leg', method, true),
    stretch: stretch('outer_lower_leg', [], true),
    safety: [],
    techniques: bothMethods,
  },
  {
    id: 'hamstrings',
    area: 'legs',
    sided: true,
    ...muscleGroupSearch.hamstrings,
    where: where('hamstrings', ['S16']),
    actions: [
      {
        muscles: ['hamstrings'],
        action: 'knee flexion',
        antagonists: ['quadriceps'],
        sources: ['S16', 'S17'],
      },
      {
        muscles: ['hamstrings'],
        action: 'hip extension',
        antagonists: ['iliopsoas', 'rectus femoris'],
        sources: ['S11'],
      },
    ],
    opposite: opposite('hamstrings', ['S11', 'S16', 'S17']),
    activation: activation('hamstrings', ['S1', 'S17', 'S41']),
    stretch: stretch('hamstrings', ['S41']),
    // The reference flags the calf and the back of the knee for clots [S72]; "behind knee" also finds
    // the hamstrings, so their card carries the same warning.
    safety: ['clot'],
    techniques: bothMethods,
  },
  {
    id: 'quadriceps',
    area: 'legs',
    sided: true,
    ...muscleGroupSearch.quadriceps,
    where: where('quadriceps', ['S17']),
    actions: [
      {
        muscles: ['quadriceps'],
        action: 'knee extension',
        antagonists: ['hamstrings', 'gastrocnemius'],
        sources: ['S17'],
      },
      {
        muscles: ['rectus femoris'],
        action: 'hip flexion',
        antagonists: ['gluteus maximus', 'hamstrings'],
        sources: ['S11', 'S12'],
      },
    ],
    opposite: opposite('quadriceps', ['S11', 'S12', 'S17']),
    activation: activation('quadriceps', ['S1', 'S16']),
    stretch: stretch('quadriceps', ['S41']),
    safety: [],
    techniques: bothMethods,
  },
  {
    id: 'inner_thigh',
    area: 'legs',
    sided: true,
    ...muscleGroupSearch.inner_thigh,
    where: where('inner_thigh', ['S18']),
    actions: [
      {
        muscles: ['adductors'],
        action: 'hip adduction',
        antagonists: ['gluteus medius', 'gluteus minimus', 'tensor fasciae latae'],
        sources: ['S18', 'S19'],
      },
    ],
    opposite: opposite('inner_thigh', ['S18', 'S19']),
    activation: activation('inner_thigh', method),
    stretch: stretch('inner_thigh', ['S41']),
    safety: [],
    techniques: bothMethods,
  },
  {
    id: 'outer_hip',
    area: 'trunk',
    sided: true,
    ...muscleGroupSearch.outer_hip,
    where: where('outer_hip', ['S19']),
    actions: [
      {
        muscles: ['gluteus medius', 'gluteus minimus', 'tensor fasciae latae'],
        action: 'hip abduction',
        antagonists: ['adductors'],
        sources: ['S18', 'S19'],
      },
    ],
    opposite: opposite('outer_hip', ['S18', 'S19']),
    activation: activation('outer_hip', method),
    stretch: stretch('outer_hip', [], true),
    safety: [],
    techniques: bothMethods,
  },
  {
    id: 'hip_flexors',
    area: 'trunk',
    sided: true,
    ...muscleGroupSearch.hip_flexors,
    where: where('hip_flexors', ['S11']),
    actions: [
      {
        muscles: ['iliopsoas', 'rectus femoris', 'sartorius'],
        action: 'hip flexion',
        antagonists: ['gluteus maximus', 'hamstrings'],
        sources: ['S11'],
      },
    ],
    opposite: opposite('hip_flexors', ['S11']),
    activation: activation('hip_flexors', method),
    stretch: stretch('hip_flexors', ['S11']),
    safety: [],
    techniques: bothMethods,
  },
  {
    id: 'glutes',
    area: 'trunk',
    sided: true,
    ...muscleGroupSearch.glutes,
    where: where('glutes', ['S12']),
    actions: [
      {
        muscles: ['gluteus maximus'],
        action: 'hip extension, external rotation',
        antagonists: ['iliopsoas'],
        sources: ['S12'],
      },
      {
        muscles: ['deep rotators'],
        action: 'external rotation',
        antagonists: ['internal rotators'],
        sources: [],
        generalAnatomy: true,
      },
    ],
    opposite: opposite('glutes', ['S12'], true),
    activation: activation('glutes', method),
    stretch: stretch('glutes', ['S41']),
    safety: [],
    techniques: bothMethods,
  },
  {
    id: 'abdominals',
    area: 'trunk',
    sided: false,
    ...muscleGroupSearch.abdominals,
    where: where('abdominals', ['S23']),
    actions: [
      {
        muscles: ['rectus abdominis', 'obliques'],
        action: 'trunk flexion',
        antagonists: ['erector spinae'],
        sources: ['S10', 'S23'],
      },
    ],
    opposite: opposite('abdominals', ['S10', 'S23']),
    activation: activation('abdominals', method),
    stretch: stretch('abdominals', ['S41']),
    safety: ['belly'],
    techniques: ['reciprocal', 'stretching'],
  },
  {
    id: 'lower_back',
    area: 'trunk',
    sided: false,
    ...muscleGroupSearch.lower_back,
    where: where('lower_back', ['S10', 'S24']),
    actions: [
      {
        muscles: ['erector spinae', 'quadratus lumborum'],
        action: 'spine extension, side-bend',
        antagonists: ['rectus abdominis', 'obliques'],
        sources: ['S10', 'S24'],
      },
      {
        muscles: ['quadratus lumborum'],
        action: 'side-bend',
        antagonists: ['opposite-side quadratus lumborum'],
        sources: [],
        generalAnatomy: true,
      },
    ],
    opposite: opposite('lower_back', ['S10', 'S24'], true),
    activation: activation('lower_back', method),
    stretch: stretch('lower_back', ['S41']),
    safety: ['spinal'],
    techniques: bothMethods,
  },
  {
    id: 'neck_scm',
    area: 'head',
    sided: true,
    ...muscleGroupSearch.neck_scm,
    where: where('neck_scm', ['S20']),
    actions: [
      {
        muscles: ['sternocleidomastoid'],
        action: 'turns face to opposite side, tilts ear to same side, flexes neck',
        antagonists: ['other sternocleidomastoid', 'splenius capitis', 'neck extensors'],
        sources: ['S20'],
        generalAnatomy: true,
      },
    ],
    opposite: opposite('neck_scm', ['S20'], true),
    // The antagonist of one SCM's tilt is the other side's tilters: the hand goes on the side opposite
    // the cramp (a hand on the cramping side would work the cramping muscle itself).
    activation: activation('neck_scm', ['S20'], true),
    stretch: stretch('neck_scm', ['S20', 'S40']),
    safety: ['neckFront', 'weakNeck'],
    techniques: ['reciprocal', 'stretching'],
  },
  {
    id: 'upper_trap',
    area: 'shoulders',
    sided: true,
    ...muscleGroupSearch.upper_trap,
    where: where('upper_trap', ['S21', 'S76']),
    actions: [
      {
        muscles: ['upper trapezius', 'levator scapulae'],
        action: 'shoulder elevation',
        antagonists: ['lower trapezius', 'latissimus dorsi', 'pectoralis minor', 'serratus anterior (lower)'],
        sources: ['S21', 'S76'],
      },
    ],
    opposite: opposite('upper_trap', ['S21', 'S76']),
    activation: activation('upper_trap', method),
    stretch: stretch('upper_trap', ['S41']),
    safety: ['weakNeck'],
    techniques: bothMethods,
  },
  {
    id: 'upper_back',
    area: 'trunk',
    sided: false,
    ...muscleGroupSearch.upper_back,
    where: where('upper_back', ['S21']),
    actions: [
      {
        muscles: ['rhomboids', 'middle trapezius'],
        action: 'scapular retraction',
        antagonists: ['serratus anterior', 'pectoralis minor', 'pectoralis major'],
        sources: ['S21'],
        generalAnatomy: true,
      },
    ],
    opposite: opposite('upper_back', ['S21'], true),
    activation: activation('upper_back', [...method, 'S41']),
    stretch: stretch('upper_back', ['S41']),
    safety: [],
    techniques: bothMethods,
  },
  {
    id: 'jaw',
    area: 'head',
    sided: false,
    ...muscleGroupSearch.jaw,
    where: where('jaw', ['S22']),
    actions: [
      {
        muscles: ['masseter', 'temporalis', 'medial pterygoid'],
        action: 'jaw closing',
        antagonists: ['lateral pterygoid', 'digastric', 'geniohyoid'],
        sources: ['S22'],
      },
    ],
    opposite: opposite('jaw', ['S22']),
    activation: activation('jaw', [], true),
    stretch: stretch('jaw', ['S39']),
    safety: ['jawLock'],
    techniques: ['reciprocal', 'contrast'],
  },
  {
    id: 'biceps',
    area: 'arms',
    sided: true,
    ...muscleGroupSearch.biceps,
    where: where('biceps', ['S5', 'S28']),
    actions: [
      {
        muscles: ['biceps brachii', 'brachialis'],
        action: 'elbow flexion',
        antagonists: ['triceps brachii'],
        sources: ['S5', 'S6', 'S28'],
      },
      {
        muscles: ['biceps brachii'],
        action: 'supination',
        antagonists: ['pronators'],
        sources: ['S5'],
        generalAnatomy: true,
      },
    ],
    opposite: opposite('biceps', ['S5', 'S6', 'S28'], true),
    activation: activation('biceps', method),
    stretch: stretch('biceps', ['S41']),
    safety: [],
    techniques: bothMethods,
  },
  {
    id: 'triceps',
    area: 'arms',
    sided: true,
    ...muscleGroupSearch.triceps,
    where: where('triceps', ['S6']),
    actions: [
      {
        muscles: ['triceps brachii'],
        action: 'elbow extension',
        antagonists: ['biceps brachii', 'brachialis', 'brachioradialis'],
        sources: ['S6'],
      },
    ],
    opposite: opposite('triceps', ['S6']),
    activation: activation('triceps', method),
    stretch: stretch('triceps', ['S41']),
    safety: [],
    techniques: bothMethods,
  },
  {
    id: 'forearm_flexors',
    area: 'arms',
    sided: true,
    ...muscleGroupSearch.forearm_flexors,
    where: where('forearm_flexors', ['S7', 'S27']),
    actions: [
      {
        muscles: ['wrist flexors', 'finger flexors'],
        action: 'wrist and finger flexion',
        antagonists: ['wrist extensors', 'extensor digitorum'],
        sources: ['S7', 'S27'],
      },
    ],
    opposite: opposite('forearm_flexors', ['S7', 'S27']),
    activation: activation('forearm_flexors', method),
    stretch: stretch('forearm_flexors', ['S68']),
    safety: ['fistedHand'],
    techniques: bothMethods,
  },
  {
    id: 'forearm_extensors',
    area: 'arms',
    sided: true,
    ...muscleGroupSearch.forearm_extensors,
    where: where('forearm_extensors', ['S7']),
    actions: [
      {
        muscles: ['wrist extensors', 'extensor digitorum'],
        action: 'wrist and finger extension',
        antagonists: ['wrist flexors', 'finger flexors'],
        sources: ['S7', 'S27', 'S75'],
      },
    ],
    opposite: opposite('forearm_extensors', ['S7', 'S27', 'S75']),
    activation: activation('forearm_extensors', method),
    stretch: stretch('forearm_extensors', ['S41']),
    safety: [],
    techniques: bothMethods,
  },
  {
    id: 'thumb',
    area: 'arms',
    sided: true,
    ...muscleGroupSearch.thumb,
    where: where('thumb', ['S8']),
    actions: [
      {
        muscles: ['adductor pollicis'],
        action: 'thumb adduction',
        antagonists: ['abductor pollicis longus', 'abductor pollicis brevis'],
        sources: ['S8'],
      },
      {
        muscles: ['flexor pollicis brevis', 'opponens pollicis'],
        action: 'thumb flexion, opposition',
        antagonists: ['extensor pollicis longus', 'extensor pollicis brevis'],
        sources: ['S8'],
        generalAnatomy: true,
      },
    ],
    opposite: opposite('thumb', ['S8'], true),
    activation: activation('thumb', method),
    stretch: stretch('thumb', ['S41']),
    safety: [],
    techniques: bothMethods,
  },
  {
    id: 'hand_intrinsics',
    area: 'arms',
    sided: true,
    ...muscleGroupSearch.hand_intrinsics,
    where: where('hand_intrinsics', ['S69']),
    actions: [
      {
        muscles: ['lumbricals'],
        action: 'knuckle flexion with finger straightening',
        antagonists: ['extensor digitorum', 'finger flexors'],
        sources: ['S69', 'S75'],
        generalAnatomy: true,
      },
      {
        muscles: ['dorsal interossei'],
        action: 'finger spreading',
        antagonists: ['palmar interossei'],
        sources: [],
        generalAnatomy: true,
      },
    ],
    opposite: opposite('hand_intrinsics', ['S69', 'S75'], true),
    activation: activation('hand_intrinsics', [], true),
    stretch: stretch('hand_intrinsics', [], true),
    safety: ['fistedHand'],
    techniques: bothMethods,
  },
  {
    id: 'shoulder_deltoid',
    area: 'shoulders',
    sided: true,
    ...muscleGroupSearch.shoulder_deltoid,
    where: where('shoulder_deltoid', ['S13']),
    actions: [
      {
        muscles: ['deltoid'],
        action: 'shoulder abduction, flexion, extension',
        antagonists: ['latissimus dorsi', 'pectoralis major'],
        sources: ['S13'],
      },
    ],
    opposite: opposite('shoulder_deltoid', ['S13']),
    activation: activation('shoulder_deltoid', method),
    stretch: stretch('shoulder_deltoid', ['S41']),
    safety: ['weakArm'],
    techniques: bothMethods,
  },
  {
    id: 'chest_pec',
    area: 'shoulders',
    sided: true,
    ...muscleGroupSearch.chest_pec,
    where: where('chest_pec', ['S14']),
    actions: [
      {
        muscles: ['pectoralis major'],
        action: 'shoulder adduction, internal rotation',
        antagonists: ['deltoid', 'posterior deltoid', 'infraspinatus', 'teres minor'],
        sources: ['S14'],
      },
    ],
    opposite: opposite('chest_pec', ['S14']),
    activation: activation('chest_pec', method),
    stretch: stretch('chest_pec', ['S41']),
    safety: ['chest'],
    techniques: bothMethods,
  },
  {
    id: 'lats',
    area: 'shoulders',
    sided: true,
    ...muscleGroupSearch.lats,
    where: where('lats', ['S83']),
    actions: [
      {
        muscles: ['latissimus dorsi', 'teres major'],
        action: 'adduction, extension, internal rotation',
        antagonists: ['middle deltoid', 'supraspinatus', 'anterior deltoid', 'infraspinatus', 'teres minor'],
        sources: ['S83', 'S13'],
      },
    ],
    opposite: opposite('lats', ['S83', 'S13']),
    activation: activation('lats', method),
    stretch: stretch('lats', ['S41']),
    safety: ['weakArm'],
    techniques: bothMethods,
  },
  {
    id: 'rotator_cuff',
    area: 'shoulders',
    sided: true,
    ...muscleGroupSearch.rotator_cuff,
    where: where('rotator_cuff', ['S29']),
    actions: [
      {
        muscles: ['infraspinatus', 'teres minor'],
        action: 'external rotation',
        antagonists: ['subscapularis', 'pectoralis major', 'latissimus dorsi', 'teres major'],
        sources: ['S83', 'S29'],
      },
    ],
    opposite: opposite('rotator_cuff', ['S83', 'S29']),
    activation: activation('rotator_cuff', method),
    stretch: stretch('rotator_cuff', ['S41']),
    safety: ['weakArm'],
    techniques: bothMethods,
  },
  {
    id: 'ribcage',
    area: 'trunk',
    sided: true,
    ...muscleGroupSearch.ribcage,
    where: where('ribcage', ['S37']),
    actions: [
      { muscles: ['intercostals', 'diaphragm'], action: 'breathing', antagonists: [], sources: ['S37'] },
    ],
    // No home antagonist method against breathing muscles: the card shows the safety guidance only.
    opposite: generalRules.ribcage,
    activation: null,
    stretch: generalRules.ribcage,
    safety: ['chest'],
    techniques: [],
  },
];

/** Every group by id, in the order of `muscleGroupIds`. */
export const muscleGroups: Readonly<Record<MuscleGroupId, MuscleGroup>> = Object.fromEntries(
  muscleGroupIds.map((id) => {
    const group = groupList.find((candidate) => candidate.id === id);
    if (!group) throw new Error(`Muscle data is missing the group ${id}`);
    return [id, group];
  }),
) as Record<MuscleGroupId, MuscleGroup>;

/** The groups in `muscleGroupIds` order (for lists and the index). */
export const muscleGroupList: readonly MuscleGroup[] = muscleGroupIds.map((id) => muscleGroups[id]);

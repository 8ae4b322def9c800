import type { SourceId } from '@/lib/content/sources';
import type { MessageKey } from '@/lib/i18n';

/** The four methods of the source post, in the order the post gives them [S1]. */
export const techniqueIds = ['compression', 'stretching', 'contrast', 'reciprocal'] as const;
export type TechniqueId = (typeof techniqueIds)[number];

/** One sentence of content and where the fact comes from. */
export interface SourcedText {
  key: MessageKey;
  sources: readonly SourceId[];
}

/** A technique as the panel shows it; all text is a message key so every locale can carry it. */
export interface Technique {
  id: TechniqueId;
  nameKey: MessageKey;
  /** One short word for the pinned method button (the full name is read with it). */
  shortKey: MessageKey;
  howKey: MessageKey;
  /** Short paragraphs shown before the steps (the antagonist idea, the contrast plan). */
  intro: readonly SourcedText[];
  needs: readonly MessageKey[];
  selfSteps: readonly SourcedText[];
  caregiverSteps: readonly SourcedText[];
  cautions: readonly SourcedText[];
  /** Keys into `clinicianAdvice`: when to stop and call someone. */
  clinician: readonly ClinicianAdviceId[];
}

/** When to contact a clinician, shared by every technique [S56, S58, S72, S39, S52]. */
export const clinicianAdvice = {
  worse: { key: 'clinician_worse', sources: ['S1', 'S56', 'S58'] },
  clot: { key: 'clinician_clot', sources: ['S72'] },
  emergency: { key: 'clinician_emergency', sources: ['S72'] },
  bulbar: { key: 'clinician_bulbar', sources: ['S39'] },
  skin: { key: 'clinician_skin', sources: ['S52'] },
} as const satisfies Record<string, SourcedText>;
export type ClinicianAdviceId = keyof typeof clinicianAdvice;

const s = (key: MessageKey, ...ids: SourceId[]): SourcedText => ({ key, sources: ids });

/** Content of the four techniques, each step with its source ids (`lib/content/sources.ts`). */
export const techniques: Readonly<Record<TechniqueId, Technique>> = {
  compression: {
    id: 'compression',
    nameKey: 'technique_compression_name',
    shortKey: 'technique_compression_short',
    howKey: 'technique_compression_how',
    intro: [],
    needs: ['need_hands', 'need_sleeve'],
    selfSteps: [
      s('compression_self_1', 'S1'),
      s('compression_self_2', 'S1'),
      s('compression_self_3', 'S1'),
      s('compression_self_4', 'S1'),
    ],
    caregiverSteps: [
      s('compression_care_1', 'S1'),
      s('compression_care_2', 'S1'),
      s('compression_care_3', 'S1', 'S41'),
      s('compression_care_4', 'S1'),
    ],
    cautions: [
      s('compression_caution_1', 'S73'),
      s('compression_caution_2', 'S82'),
      s('compression_caution_3', 'S72'),
      s('compression_caution_4', 'S73'),
    ],
    clinician: ['worse', 'clot', 'emergency'],
  },
  stretching: {
    id: 'stretching',
    nameKey: 'technique_stretching_name',
    shortKey: 'technique_stretching_short',
    howKey: 'technique_stretching_how',
    intro: [],
    needs: ['need_nothing_extra', 'need_strap'],
    selfSteps: [
      s('stretching_self_1', 'S41'),
      s('stretching_self_2', 'S1', 'S44', 'S70'),
      // ALS guidance says ~5 s [S41]; general guidance ~30 s [S43]: we say 5–30 s as comfortable.
      s('stretching_self_3', 'S41', 'S43'),
      s('stretching_self_4', 'S41'),
    ],
    caregiverSteps: [
      s('stretching_care_1', 'S41'),
      s('stretching_care_2', 'S41'),
      s('stretching_care_3', 'S41', 'S43'),
      s('stretching_care_4', 'S41', 'S42'),
    ],
    cautions: [
      s('stretching_caution_1', 'S1'),
      s('stretching_caution_2', 'S41'),
      s('stretching_caution_3', 'S42'),
      s('stretching_caution_4', 'S42'),
    ],
    clinician: ['worse', 'emergency', 'bulbar'],
  },
  contrast: {
    id: 'contrast',
    nameKey: 'technique_contrast_name',
    shortKey: 'technique_contrast_short',
    howKey: 'technique_contrast_how',
    // One reading of the post: C H C H C H C, 10-minute phases, 70 minutes [S1].
    intro: [s('contrast_intro', 'S1')],
    needs: ['need_ice_pack', 'need_rice_pack', 'need_cloth', 'need_timer', 'need_bath'],
    selfSteps: [
      s('contrast_self_1', 'S1', 'S52'),
      s('contrast_self_2', 'S1', 'S52'),
      s('contrast_self_3', 'S1', 'S53'),
      s('contrast_self_4', 'S1'),
      // A bath only for a hand, wrist, forearm, foot, ankle or lower leg, in a basin: the contrast-bath
      // sources describe those [S45, S47, S48]; a whole-body cold tub risks cold shock and falls.
      s('contrast_self_5', 'S1', 'S45', 'S47', 'S48'),
    ],
    caregiverSteps: [
      s('contrast_care_1', 'S1', 'S52'),
      s('contrast_care_2', 'S1'),
      s('contrast_care_3', 'S62'),
      s('contrast_care_4', 'S52', 'S55'),
    ],
    cautions: [
      s('contrast_caution_1', 'S52', 'S55'),
      s('contrast_caution_2', 'S53', 'S54'),
      s('contrast_caution_3', 'S47', 'S48', 'S49', 'S55'),
      s('contrast_caution_4', 'S38'),
      // Spasticity is not a cramp; cold usually eases it briefly but made it worse in some [S78].
      s('spasticityNote', 'S38', 'S68', 'S78'),
    ],
    clinician: ['worse', 'skin', 'clot'],
  },
  reciprocal: {
    id: 'reciprocal',
    nameKey: 'technique_reciprocal_name',
    shortKey: 'technique_reciprocal_short',
    howKey: 'technique_reciprocal_how',
    intro: [
      // "Usually forces the antagonists to relax" (Appleton, quoted by the post): it tends to, not must.
      s('reciprocal_intro', 'S1', 'S31', 'S32'),
      s('reciprocal_example_arm', 'S1', 'S5', 'S6'),
      // The post's shin-press method straightens the knee: that is the quadriceps opposing the
      // gastrocnemius's knee bend; the soleus only crosses the ankle [S3, S4, S17].
      s('reciprocal_example_calf', 'S1', 'S2', 'S3', 'S4', 'S17'),
      // The post lists hamstrings as calf antagonists; anatomy says they flex the knee *with* the
      // gastrocnemius [S32], so we correct it openly.
      s('reciprocal_correction', 'S32', 'S16'),
    ],
    needs: ['need_steady_thing', 'need_strap'],
    selfSteps: [
      s('reciprocal_self_1', 'S1'),
      s('reciprocal_self_2', 'S1', 'S31'),
      s('reciprocal_self_3', 'S42', 'S74'),
      s('reciprocal_self_4', 'S74'),
    ],
    caregiverSteps: [
      s('reciprocal_care_1', 'S41'),
      s('reciprocal_care_2', 'S1', 'S42'),
      s('reciprocal_care_3', 'S74'),
    ],
    cautions: [
      s('reciprocal_caution_1', 'S42'),
      s('reciprocal_caution_2', 'S41', 'S42'),
      s('reciprocal_caution_3', 'S41'),
    ],
    clinician: ['worse', 'clot', 'bulbar'],
  },
};

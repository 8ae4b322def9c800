import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import {
  generalRules,
  type MuscleGroup,
  muscleGroups,
  type SourcedKey,
  safetyFlags,
} from '@/lib/muscles/data';
import { type BodySide, type MuscleGroupId, muscleGroupNameKey } from '@/lib/muscles/ids';
import { navigate } from '@/lib/navigation';
import { techniques } from '@/lib/techniques/data';
import { type CitedText, SourcesDisclosure } from '../common/SourcesDisclosure';
import { useFocusOnMount } from '../common/useFocusOnMount';
import { GuidedHold } from './GuidedHold';
import './MuscleCard.css';

/** One sourced paragraph: its sources are in the card's Sources disclosure (`cardSources`). */
function Fact({ fact }: { fact: SourcedKey }) {
  return <p>{t(fact.key)}</p>;
}

/** Every sourced sentence of a card, in the order the card shows them. */
function cardSources(group: MuscleGroup): CitedText[] {
  const activation = group.activation;
  return [
    ...group.safety.map((flag) => safetyFlags[flag]),
    group.where,
    ...(activation
      ? [
          group.opposite,
          generalRules.intro,
          activation.selfSeated,
          activation.selfLying,
          activation.caregiver,
          generalRules.caregiver,
          generalRules.stop,
          group.stretch,
        ]
      : [generalRules.ribcage]),
  ];
}

function SafetyFirst({ group }: { group: MuscleGroup }) {
  if (group.safety.length === 0) return null;
  return (
    <section class="muscle-card-safety" aria-labelledby={`safety-${group.id}`}>
      <h4 id={`safety-${group.id}`}>{t('finderCardSafety')}</h4>
      <ul>
        {group.safety.map((flag) => (
          <li key={flag} data-flag={flag}>
            {t(safetyFlags[flag].key)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function SidePicker({ side, onChange }: { side?: BodySide; onChange: (side: BodySide) => void }) {
  const options = [
    ['left', 'finderSideLeftButton'],
    ['right', 'finderSideRightButton'],
    ['both', 'finderSideBothButton'],
  ] as const;
  return (
    <fieldset class="segmented">
      <legend>{t('finderSideLabel')}</legend>
      {options.map(([value, key]) => (
        <button key={value} type="button" aria-pressed={side === value} onClick={() => onChange(value)}>
          {t(key)}
        </button>
      ))}
    </fieldset>
  );
}

function HowToActivate({ group }: { group: MuscleGroup }) {
  const activation = group.activation;
  if (!activation) return null;
  const versions = [
    ['finderActivateSeated', activation.selfSeated],
    ['finderActivateLying', activation.selfLying],
    ['finderActivateCaregiver', activation.caregiver],
  ] as const;
  return (
    <section aria-labelledby={`activate-${group.id}`}>
      <h4 id={`activate-${group.id}`}>{t('finderCardActivate')}</h4>
      <Fact fact={generalRules.intro} />
      {versions.map(([titleKey, fact]) => (
        <div key={titleKey} class="muscle-card-version" data-version={titleKey}>
          <h5>{t(titleKey)}</h5>
          <Fact fact={fact} />
        </div>
      ))}
      <p class="muscle-card-rule">{t(generalRules.caregiver.key)}</p>
      <p class="muscle-card-rule">{t(generalRules.stop.key)}</p>
    </section>
  );
}

/**
 * A muscle group's card: safety first, where it is, its antagonist, how to activate it (sitting,
 * lying, with a caregiver), a guided hold, the gentle stretch, and links on. `ribcage` shows only its
 * safety guidance: there is no safe home method against the breathing muscles.
 */
export function MuscleCard({
  id,
  side,
  focusOnMount = false,
}: {
  id: MuscleGroupId;
  side?: BodySide;
  focusOnMount?: boolean;
}) {
  const group = muscleGroups[id];
  const [chosenSide, setChosenSide] = useState<BodySide | undefined>(side);
  useEffect(() => setChosenSide(side), [id, side]);
  const headingRef = useFocusOnMount<HTMLHeadingElement>(focusOnMount);
  const logThis = () =>
    navigate({
      name: 'log',
      prefill: { groupId: id, ...(group.sided && chosenSide ? { side: chosenSide } : {}) },
    });

  return (
    <article class="muscle-card" data-group={id} aria-labelledby={`card-${id}`}>
      <h3 id={`card-${id}`} tabIndex={-1} ref={headingRef}>
        {t(muscleGroupNameKey(id))}
      </h3>
      <SafetyFirst group={group} />
      {group.sided && <SidePicker side={chosenSide} onChange={setChosenSide} />}
      <section aria-labelledby={`where-${id}`}>
        <h4 id={`where-${id}`}>{t('finderCardWhere')}</h4>
        <Fact fact={group.where} />
      </section>
      {group.activation ? (
        <>
          <section aria-labelledby={`opposite-${id}`}>
            <h4 id={`opposite-${id}`}>{t('finderCardOpposite')}</h4>
            <Fact fact={group.opposite} />
          </section>
          <HowToActivate group={group} />
          <GuidedHold key={id} />
          <section aria-labelledby={`stretch-${id}`}>
            <h4 id={`stretch-${id}`}>{t('finderCardStretch')}</h4>
            <Fact fact={group.stretch} />
          </section>
        </>
      ) : (
        <div class="muscle-card-guidance">
          <Fact fact={generalRules.ribcage} />
        </div>
      )}
      <SourcesDisclosure items={cardSources(group)} />
      <section aria-labelledby={`more-${id}`} class="muscle-card-more">
        <h4 id={`more-${id}`}>{t('finderCardMore')}</h4>
        <ul>
          {group.techniques.map((technique) => (
            <li key={technique}>
              <button
                type="button"
                class="big"
                onClick={() => navigate({ name: 'technique', id: technique })}
              >
                {t(techniques[technique].nameKey)}
              </button>
            </li>
          ))}
          <li>
            <button type="button" class="big primary" onClick={logThis}>
              {t('finderLogThis')}
            </button>
          </li>
        </ul>
      </section>
    </article>
  );
}

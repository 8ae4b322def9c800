import { useState } from 'preact/hooks';
import type { SourceId } from '@/lib/content/sources';
import type { RecentPlace } from '@/lib/cramp/recent';
import { type CrampNowSettings, type CrampWay, chooseWay, crampWays } from '@/lib/cramp/way';
import { t } from '@/lib/i18n';
import { bodySides } from '@/lib/log/entry';
import { generalRules, muscleGroups, safetyFlags } from '@/lib/muscles/data';
import { type BodySide, muscleGroupNameKey } from '@/lib/muscles/ids';
import { ChoiceGroup } from '../common/ChoiceGroup';
import { CrampHold } from './CrampHold';
import { placeLabel } from './CrampWhere';

/** The opposite muscles in one line: the antagonist groups' plain names, else the card's summary. */
function oppositeLine(place: RecentPlace): string {
  const group = muscleGroups[place.id];
  const names = group.antagonistGroups.filter((id) => id !== place.id).map((id) => t(muscleGroupNameKey(id)));
  return names.length > 0 ? t('crampNowOpposite', names.join(', ')) : t(group.opposite.key);
}

/**
 * Step two, "do this now", on one screen: safety first where it applies, the opposite muscle, the
 * one way of tightening it that fits the person, and a big Start for the guided hold, focused, so
 * Enter starts it. Under Start: which way fits (asked once, remembered, changeable), the side, sources.
 */
export function CrampDoNow(props: {
  place: RecentPlace;
  settings: CrampNowSettings;
  onWay: (way: CrampWay) => void;
  onSide: (side: BodySide | undefined) => void;
  onEnd: () => void;
  onOtherPlace: () => void;
}) {
  const group = muscleGroups[props.place.id];
  const chosen = chooseWay(group, props.settings);
  // While the hold runs, the safety text (read before Start) and the opposite muscle's name give
  // their room to the count, so the instruction, the count and Stop are all on the first screen.
  const [holding, setHolding] = useState(false);
  const sources: SourceId[] = [
    ...group.safety.flatMap((flag) => safetyFlags[flag].sources),
    ...group.opposite.sources,
    ...(chosen ? chosen.instruction.sources : generalRules.ribcage.sources),
    ...generalRules.stop.sources,
  ];
  return (
    <div class="cramp-do" data-group={group.id}>
      <h2 id="cramp-now-title" class="cramp-title">
        {placeLabel(props.place)}
      </h2>
      {group.safety.length > 0 && !holding && (
        <ul class="cramp-safety" aria-label={t('finderCardSafety')}>
          {group.safety.map((flag) => (
            <li key={flag} data-flag={flag}>
              {t(safetyFlags[flag].key)}
            </li>
          ))}
        </ul>
      )}
      {chosen ? (
        <>
          {!holding && <p class="cramp-opposite">{oppositeLine(props.place)}</p>}
          <p class="cramp-instruction" id="cramp-instruction" data-way={chosen.way}>
            {t(chosen.instruction.key)}
          </p>
          <CrampHold
            describedBy="cramp-instruction"
            focusStart
            onStart={() => setHolding(true)}
            onEnd={props.onEnd}
            key={group.id}
          />
          <ChoiceGroup<CrampWay>
            legend={t('crampNowWayLabel')}
            hint={chosen.remembered ? undefined : t('crampNowWayHint')}
            class="cramp-ways"
            options={crampWays.map((value) => ({ value, label: t(`crampNowWay_${value}`) }))}
            isChosen={(value) => value === chosen.way}
            onChoose={props.onWay}
          />
          <p class="cramp-rule">{t(generalRules.stop.key)}</p>
        </>
      ) : (
        <p class="cramp-instruction" id="cramp-instruction">
          {t(generalRules.ribcage.key)}
        </p>
      )}
      {group.sided && (
        <ChoiceGroup<BodySide>
          legend={t('finderSideLabel')}
          class="cramp-sides"
          options={bodySides.map((value) => ({ value, label: t(`logSide_${value}`) }))}
          isChosen={(value) => value === props.place.side}
          onChoose={props.onSide}
          onClear={() => props.onSide(undefined)}
        />
      )}
      <button type="button" class="big secondary" onClick={props.onOtherPlace}>
        {t('crampNowOtherPlace')}
      </button>
      <details class="cramp-sources">
        <summary>{t('crampNowSources')}</summary>
        <p>{t('detailSources', [...new Set(sources)].join(', '))}</p>
      </details>
    </div>
  );
}

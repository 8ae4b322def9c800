import type { FirstPlaces, RecentPlace } from '@/lib/cramp/recent';
import type { MessageKey } from '@/lib/i18n';
import { t } from '@/lib/i18n';
import { type BodyArea, muscleGroupList } from '@/lib/muscles/data';
import { muscleGroupNameKey } from '@/lib/muscles/ids';
import { useFocusOnMount } from '../common/useFocusOnMount';

const areaKeys: Record<BodyArea, MessageKey> = {
  legs: 'finderAreaLegs',
  trunk: 'finderAreaTrunk',
  head: 'finderAreaHead',
  shoulders: 'finderAreaShoulders',
  arms: 'finderAreaArms',
};

const sideKeys = { left: 'finderSideLeft', right: 'finderSideRight', both: 'finderSideBoth' } as const;

/** A place's name with its side, as on a recent-place button ("Calf (back of lower leg), left side"). */
export function placeLabel(place: RecentPlace): string {
  const name = t(muscleGroupNameKey(place.id));
  return place.side ? t('finderMapRegion', [name, t(sideKeys[place.side])]) : name;
}

/**
 * Step one, "where": the recent places (or the common ones) as big buttons on the first screen, the
 * first of them focused so Enter picks it, then every place by area. Each is one press away.
 */
export function CrampWhere({
  first,
  onPick,
}: {
  first: FirstPlaces | undefined;
  onPick: (place: RecentPlace) => void;
}) {
  const firstButton = useFocusOnMount<HTMLButtonElement>(first !== undefined);
  const areas = Object.keys(areaKeys) as BodyArea[];
  return (
    <div class="cramp-where">
      <h2 id="cramp-now-title" class="cramp-title">
        {t('crampNowWhere')}
      </h2>
      {first && (
        <section aria-labelledby="cramp-first-title" data-scan-group="first-places">
          <h3 id="cramp-first-title" class="cramp-subtitle">
            {t(first.fromLog ? 'crampNowRecent' : 'crampNowCommon')}
          </h3>
          <ul class="cramp-places cramp-first-places">
            {first.places.map((place, index) => (
              <li key={`${place.id}-${place.side ?? ''}`}>
                <button
                  type="button"
                  class="big primary"
                  data-group={place.id}
                  ref={index === 0 ? firstButton : undefined}
                  onClick={() => onPick(place)}
                >
                  {placeLabel(place)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="cramp-all-title">
        <h3 id="cramp-all-title" class="cramp-subtitle">
          {t('crampNowAllPlaces')}
        </h3>
        {areas.map((area) => (
          <div key={area} class="cramp-area" data-scan-group={`area-${area}`}>
            <h4>{t(areaKeys[area])}</h4>
            <ul class="cramp-places">
              {muscleGroupList
                .filter((group) => group.area === area)
                .map((group) => (
                  <li key={group.id}>
                    <button
                      type="button"
                      class="big"
                      data-group={group.id}
                      onClick={() => onPick({ id: group.id })}
                    >
                      {t(muscleGroupNameKey(group.id))}
                    </button>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}

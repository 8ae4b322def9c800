import type { MessageKey } from '@/lib/i18n';
import { t } from '@/lib/i18n';
import {
  type BodyMapRegion,
  bodyMapRegions,
  type MapDirection,
  regionInDirection,
} from '@/lib/muscles/bodyMap';
import { type BodyArea, muscleGroupList } from '@/lib/muscles/data';
import { type MuscleGroupId, muscleGroupNameKey } from '@/lib/muscles/ids';
import './BodyMap.css';

/** What a pick on the map or the list says: the group and, on the map, the side. */
export type BodyMapPick = (id: MuscleGroupId, side?: 'left' | 'right') => void;

const areaKeys: Record<BodyArea, MessageKey> = {
  legs: 'finderAreaLegs',
  trunk: 'finderAreaTrunk',
  head: 'finderAreaHead',
  shoulders: 'finderAreaShoulders',
  arms: 'finderAreaArms',
};

/** The accessible name of a region: the group's plain name and its side. */
export function regionLabel(region: Pick<BodyMapRegion, 'id' | 'side'>): string {
  const name = t(muscleGroupNameKey(region.id));
  if (!region.side) return name;
  return t('finderMapRegion', [name, t(region.side === 'left' ? 'finderSideLeft' : 'finderSideRight')]);
}

/** A plain figure behind the regions; decoration only. */
export function Silhouette() {
  return (
    <g class="body-map-silhouette">
      <circle cx="100" cy="32" r="22" />
      <rect x="90" y="50" width="20" height="18" />
      <rect x="62" y="66" width="76" height="122" rx="18" />
      <rect x="38" y="72" width="22" height="80" rx="10" />
      <rect x="140" y="72" width="22" height="80" rx="10" />
      <rect x="35" y="150" width="20" height="62" rx="9" />
      <rect x="145" y="150" width="20" height="62" rx="9" />
      <ellipse cx="45" cy="224" rx="13" ry="15" />
      <ellipse cx="155" cy="224" rx="13" ry="15" />
      <rect x="64" y="178" width="72" height="38" rx="14" />
      <rect x="66" y="205" width="31" height="97" rx="13" />
      <rect x="103" y="205" width="31" height="97" rx="13" />
      <rect x="70" y="300" width="24" height="94" rx="11" />
      <rect x="106" y="300" width="24" height="94" rx="11" />
      <ellipse cx="82" cy="404" rx="15" ry="10" />
      <ellipse cx="118" cy="404" rx="15" ry="10" />
    </g>
  );
}

const arrowDirections: Record<string, MapDirection> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** Moves focus to the region an arrow key points at, so a hand that tires of Tab can go straight there. */
function focusRegionInDirection(event: KeyboardEvent, from: BodyMapRegion): void {
  const direction = arrowDirections[event.key];
  if (!direction) return;
  event.preventDefault();
  const to = regionInDirection(bodyMapRegions, from, direction);
  const svg = (event.currentTarget as SVGElement | null)?.ownerSVGElement;
  if (!to || !svg) return;
  svg.querySelector<SVGElement>(`[data-group="${to.id}"][data-side="${to.side ?? ''}"]`)?.focus();
}

function MapView({ view, onPick }: { view: 'front' | 'back'; onPick: BodyMapPick }) {
  const regions = bodyMapRegions.filter((region) => region.view === view);
  // The side words under the figure: on the front view the person's right is on the viewer's left.
  const [leftWord, rightWord] =
    view === 'front' ? [t('finderMapRight'), t('finderMapLeft')] : [t('finderMapLeft'), t('finderMapRight')];
  return (
    <figure class="body-map-view">
      <figcaption>{t(view === 'front' ? 'finderMapFront' : 'finderMapBack')}</figcaption>
      <svg viewBox="0 0 200 430">
        <title>{t(view === 'front' ? 'finderMapFrontLabel' : 'finderMapBackLabel')}</title>
        <Silhouette />
        {regions.map((region) => {
          const pick = () => onPick(region.id, region.side);
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; it gets the button role, focus and keys.
            <ellipse
              key={`${region.id}-${region.side ?? 'mid'}`}
              class="body-map-region"
              data-group={region.id}
              data-side={region.side ?? ''}
              cx={region.cx}
              cy={region.cy}
              rx={region.rx}
              ry={region.ry}
              role="button"
              tabindex={0}
              aria-label={regionLabel(region)}
              onClick={pick}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  pick();
                } else focusRegionInDirection(event, region);
              }}
            />
          );
        })}
      </svg>
      <div class="body-map-sides" aria-hidden="true">
        <span>{leftWord}</span>
        <span>{rightWord}</span>
      </div>
    </figure>
  );
}

/**
 * The body map: front and back views whose regions are buttons (Tab or arrow keys, Enter, Space), and the same
 * places as a list of big buttons for anyone who cannot aim at small shapes.
 */
export function BodyMap({ onPick }: { onPick: BodyMapPick }) {
  const areas = Object.keys(areaKeys) as BodyArea[];
  return (
    <section class="body-map" data-scan-group="body-map" aria-labelledby="body-map-title">
      <h3 id="body-map-title">{t('finderMapTitle')}</h3>
      <p class="body-map-hint">{t('finderMapHint')}</p>
      <details class="body-map-list">
        <summary>{t('finderListToggle')}</summary>
        {areas.map((area) => (
          <div key={area} class="body-map-area">
            <h4>{t(areaKeys[area])}</h4>
            <ul>
              {muscleGroupList
                .filter((group) => group.area === area)
                .map((group) => (
                  <li key={group.id}>
                    <button type="button" class="big" data-group={group.id} onClick={() => onPick(group.id)}>
                      {t(muscleGroupNameKey(group.id))}
                    </button>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </details>
      <div class="body-map-views">
        <MapView view="front" onPick={onPick} />
        <MapView view="back" onPick={onPick} />
      </div>
    </section>
  );
}

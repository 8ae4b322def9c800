import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { type FinderResult, findMuscleGroups, matchedWordsAsTyped } from '@/lib/muscles/finder/find';
import { type BodySide, isMuscleGroupId, type MuscleGroupId, muscleGroupNameKey } from '@/lib/muscles/ids';
import { ViewHeading } from '../common/ViewHeading';
import { BodyMap } from './BodyMap';
import { FinderNotices } from './FinderNotices';
import { MuscleCard } from './MuscleCard';
import './FinderView.css';

/** A place the user chose on the map, in the list or among the choices. */
interface Picked {
  id: MuscleGroupId;
  side?: BodySide;
}

// Below this many characters a miss is most likely a word still being typed: no "no match" yet.
const minCharsForNoMatch = 3;

/** Big buttons for each place that fits; never a dead end. */
function Choices({
  ids,
  title,
  onPick,
}: {
  ids: MuscleGroupId[];
  title: string;
  onPick: (id: MuscleGroupId) => void;
}) {
  if (ids.length === 0) return null;
  return (
    <section class="finder-choices" data-scan-group="choices" aria-labelledby="finder-choices-title">
      <h3 id="finder-choices-title">{title}</h3>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <button type="button" class="big" data-group={id} onClick={() => onPick(id)}>
              {t(muscleGroupNameKey(id))}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The one-line summary for screen readers, updated as results change (not every keystroke's text). */
function statusText(result: FinderResult, shown: MuscleGroupId | undefined): string {
  if (shown) return t('finderStatusShowing', t(muscleGroupNameKey(shown)));
  if (result.matches.length > 1) return t('finderStatusCount', String(result.matches.length));
  return '';
}

/**
 * The antagonist finder: free text with instant results, the result card, and the body map.
 * `query` prefills the search (context menu, omnibox); `groupId` opens a group's card directly.
 */
export function FinderView({ query = '', groupId }: { query?: string; groupId?: string }) {
  const [text, setText] = useState(query);
  const [picked, setPicked] = useState<Picked | null>(isMuscleGroupId(groupId) ? { id: groupId } : null);
  useEffect(() => {
    setText(query);
    setPicked(isMuscleGroupId(groupId) ? { id: groupId } : null);
  }, [query, groupId]);

  const result = useMemo(() => findMuscleGroups(text), [text]);
  const typed = text.trim();
  const matchIds = result.matches.map((match) => match.id);
  const [best, ...others] = matchIds;
  const showBest = !picked && typed !== '' && !result.ambiguous && best !== undefined;
  const showMap = !picked && !showBest;
  const shown = picked?.id ?? (showBest ? best : undefined);
  // What the finder read, in the person's own words: "You wrote “back of my thigh”, read as: …".
  const readAs = showBest ? matchedWordsAsTyped(text, result) : '';

  const pick = (id: MuscleGroupId, side?: BodySide) => setPicked({ id, side: side ?? result.side });

  return (
    <section class="finder" aria-labelledby="finderSection-title">
      <ViewHeading id="finderSection-title" focusId="finder-query">
        {t('finderSection')}
      </ViewHeading>
      <p>{t('finderIntro')}</p>
      <search class="finder-search">
        <label for="finder-query">{t('finderSearchLabel')}</label>
        <div class="finder-search-row" data-scan-group="search">
          <input
            id="finder-query"
            type="search"
            autocomplete="off"
            spellcheck={false}
            maxLength={500}
            aria-describedby="finder-query-hint"
            value={text}
            onInput={(event) => {
              setText(event.currentTarget.value);
              setPicked(null);
            }}
          />
          {text !== '' && (
            <button
              type="button"
              onClick={() => {
                setText('');
                setPicked(null);
                document.getElementById('finder-query')?.focus();
              }}
            >
              {t('finderClear')}
            </button>
          )}
        </div>
        <p id="finder-query-hint" class="finder-hint">
          {t('finderSearchHint')}
        </p>
      </search>
      <p role="status" class="visually-hidden">
        {statusText(result, shown)}
      </p>

      {typed !== '' && !picked && (
        <FinderNotices result={result} query={typed} showNoMatch={typed.length >= minCharsForNoMatch} />
      )}

      {picked && (
        <>
          <MuscleCard id={picked.id} side={picked.side} focusOnMount />
          <button type="button" class="big" onClick={() => setPicked(null)}>
            {t('finderShowMap')}
          </button>
        </>
      )}
      {showBest && best && (
        <>
          {readAs && (
            <p class="finder-read-as" data-read-as>
              {t('finderReadAs', [readAs, t(muscleGroupNameKey(best))])}
            </p>
          )}
          <MuscleCard id={best} side={result.side} />
          <Choices ids={others} title={t('finderOtherMatches')} onPick={pick} />
        </>
      )}
      {showMap && result.ambiguous && !result.outOfScope && (
        <>
          <Choices ids={matchIds} title={t('finderChoicesTitle')} onPick={pick} />
          <p>{t('finderChoicesHint')}</p>
        </>
      )}
      {showMap && <BodyMap onPick={pick} />}
    </section>
  );
}

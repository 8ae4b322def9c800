import { useEffect, useState } from 'preact/hooks';
import { crampNowDraft } from '@/lib/cramp/entry';
import { type FirstPlaces, firstPlaces, type RecentPlace, recentPlaces } from '@/lib/cramp/recent';
import { t } from '@/lib/i18n';
import type { Helped, LogEntry } from '@/lib/log/entry';
import { getLogStore } from '@/lib/log/panelStore';
import { navigate } from '@/lib/navigation';
import { formatWhen } from '../log/logText';
import { CrampAsk, type CrampAskStatus } from './CrampAsk';
import { CrampDoNow } from './CrampDoNow';

import { CrampWhere, placeLabel } from './CrampWhere';
import { useCrampNowSettings } from './useCrampNowSettings';
import './CrampNow.css';

// Enough recent entries to find a few distinct places without reading the whole log.
const entriesRead = 40;

type Step = { name: 'where' } | { name: 'do'; place: RecentPlace } | { name: 'ask'; place: RecentPlace };

/** The places to offer first, read from the log once; the common places if the log cannot be read. */
function useFirstPlaces(): FirstPlaces | undefined {
  const [first, setFirst] = useState<FirstPlaces>();
  useEffect(() => {
    let live = true;
    getLogStore()
      .then((store) => store.page(0, entriesRead))
      .then(
        ({ entries }) => live && setFirst(firstPlaces(recentPlaces(entries))),
        () => live && setFirst(firstPlaces([])),
      );
    return () => {
      live = false;
    };
  }, []);
  return first;
}

/**
 * "Cramp now": where (recent places first), then one screen of what to do with a big Start for the
 * guided hold, then "Did it help?", which saves the log entry (started when this view opened; method:
 * reciprocal inhibition) with Undo. Pressed from home: place, Start, answer: four presses in all.
 */
export function CrampNowView() {
  const [startedAt] = useState(() => Date.now());
  const [step, setStep] = useState<Step>({ name: 'where' });
  const [settings, rememberWay] = useCrampNowSettings();
  const first = useFirstPlaces();
  const [status, setStatus] = useState<CrampAskStatus>();
  const [saved, setSaved] = useState<LogEntry>();

  const answer = async (place: RecentPlace, helped: Helped) => {
    try {
      const store = await getLogStore();
      const entry = await store.add(
        crampNowDraft({ startedAt, place: place.id, side: place.side, helped, endedAt: Date.now() }),
      );
      setSaved(entry);
      setStatus({
        kind: 'saved',
        text: t('crampNowSaved', [placeLabel(place), formatWhen(entry.at), t(`logHelped_${helped}`)]),
      });
    } catch (error) {
      console.error('Spasm Relief: the cramp was not saved', error);
      setStatus({ kind: 'failed' });
    }
  };
  const undo = async () => {
    if (!saved) return;
    try {
      const store = await getLogStore();
      await store.remove(saved.id);
      setSaved(undefined);
      setStatus({ kind: 'undone' });
    } catch (error) {
      console.error('Spasm Relief: undo failed', error);
      setStatus({ kind: 'failed' });
    }
  };

  return (
    <section class="cramp-now" aria-labelledby="cramp-now-title" data-step={step.name}>
      {step.name === 'where' && (
        <CrampWhere first={first} onPick={(place) => setStep({ name: 'do', place })} />
      )}
      {step.name === 'do' && (
        <CrampDoNow
          place={step.place}
          settings={settings}
          onWay={rememberWay}
          onSide={(side) => setStep({ name: 'do', place: { id: step.place.id, ...(side ? { side } : {}) } })}
          onEnd={() => setStep({ name: 'ask', place: step.place })}
          onOtherPlace={() => setStep({ name: 'where' })}
        />
      )}
      {step.name === 'ask' && (
        <>
          <h2 id="cramp-now-title" class="cramp-title">
            {placeLabel(step.place)}
          </h2>
          <CrampAsk
            status={status}
            onAnswer={(helped) => void answer(step.place, helped)}
            onHoldAgain={() => {
              setStatus(undefined);
              setStep({ name: 'do', place: step.place });
            }}
            onUndo={() => void undo()}
            onOpenLog={() => navigate({ name: 'log' })}
            onDone={() => navigate({ name: 'home' })}
          />
        </>
      )}
    </section>
  );
}

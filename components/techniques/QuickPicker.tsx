import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { navigate } from '@/lib/navigation';
import { techniques } from '@/lib/techniques/data';
import { suggestTechniques } from '@/lib/techniques/picker';
import { useFocusOnMount } from '../common/useFocusOnMount';
import { ViewHeading } from '../common/ViewHeading';
import { MethodIcon } from './MethodIcon';
import './QuickPicker.css';

/** Two big-button questions for someone mid-cramp, then an ordered list of what to try. */
export function QuickPicker() {
  const [helper, setHelper] = useState<boolean | undefined>(undefined);
  const [muscleKnown, setMuscleKnown] = useState<boolean | undefined>(undefined);
  const reset = () => {
    setHelper(undefined);
    setMuscleKnown(undefined);
  };

  return (
    <section class="quick-picker" aria-labelledby="picker-title">
      <ViewHeading id="picker-title">{t('pickerTitle')}</ViewHeading>
      {helper === undefined ? (
        <Question
          step={1}
          legend={t('pickerQuestionHelper')}
          yes={t('pickerHelperYes')}
          no={t('pickerHelperNo')}
          onAnswer={setHelper}
        />
      ) : muscleKnown === undefined ? (
        <Question
          step={2}
          legend={t('pickerQuestionMuscle')}
          yes={t('pickerMuscleYes')}
          no={t('pickerMuscleNo')}
          onAnswer={setMuscleKnown}
        />
      ) : (
        <Result helper={helper} muscleKnown={muscleKnown} />
      )}
      {helper !== undefined && (
        <button type="button" class="secondary" onClick={reset}>
          {t('pickerStartOver')}
        </button>
      )}
    </section>
  );
}

interface QuestionProps {
  step: number;
  legend: string;
  yes: string;
  no: string;
  onAnswer: (answer: boolean) => void;
}

function Question({ step, legend, yes, no, onAnswer }: QuestionProps) {
  // Step 1 opens with the view (its heading has focus); later steps replace the pressed button.
  const legendRef = useFocusOnMount<HTMLLegendElement>(step > 1);
  return (
    <fieldset class="picker-question" key={step}>
      <legend tabIndex={-1} ref={legendRef}>
        <span class="picker-step">{t('pickerStep', String(step))}</span>
        <span class="picker-legend">{legend}</span>
      </legend>
      <div class="picker-answers" data-scan-group="answers">
        <button type="button" class="big" onClick={() => onAnswer(true)}>
          {yes}
        </button>
        <button type="button" class="big" onClick={() => onAnswer(false)}>
          {no}
        </button>
      </div>
    </fieldset>
  );
}

function Result({ helper, muscleKnown }: { helper: boolean; muscleKnown: boolean }) {
  const suggestions = suggestTechniques({ helper, muscleKnown });
  const titleRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div class="picker-result">
      <h3 tabIndex={-1} ref={titleRef}>
        {t('pickerResultTitle')}
      </h3>
      <ol class="suggestions" data-scan-group="suggestions">
        {suggestions.map((suggestion) => (
          <li key={suggestion.technique}>
            <button
              type="button"
              class="big suggestion"
              data-technique={suggestion.technique}
              onClick={() =>
                navigate({ name: 'technique', id: suggestion.technique, version: suggestion.version })
              }
            >
              <MethodIcon id={suggestion.technique} />
              <span>
                <strong>{t(techniques[suggestion.technique].nameKey)}</strong>
                <span class="suggestion-reason">{t(suggestion.reasonKey)}</span>
                <span class="suggestion-version">
                  {t(suggestion.version === 'caregiver' ? 'pickerWithHelper' : 'pickerOnYourOwn')}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

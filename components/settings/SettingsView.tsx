import { useState } from 'preact/hooks';
import { type MessageKey, t } from '@/lib/i18n';
import { currentView, navigate } from '@/lib/navigation';
import type { AppearanceField, AppearanceSettings, Language, Theme } from '@/lib/settings/appearance';
import { appearance, appearanceIssues, changeAppearance } from '@/lib/settings/model';
import { ViewHeading } from '../common/ViewHeading';
import { AlertSettingsForm } from '../timer/AlertSettingsForm';
import { TimerSettingsForm } from '../timer/TimerSettingsForm';
import { type SettingsChoice, SettingsChoiceGroup } from './SettingsChoiceGroup';
import { SettingsInputMode } from './SettingsInputMode';
import { SettingsTextSize } from './SettingsTextSize';
import './SettingsView.css';

const fieldLabelKeys: Record<AppearanceField, MessageKey> = {
  theme: 'settingsThemeLabel',
  textSize: 'settingsTextSizeLabel',
  language: 'settingsLanguageLabel',
  shortcuts: 'settingsShortcutsLabel',
};

const themeLabelKeys: Record<Theme, MessageKey> = {
  system: 'settingsThemeSystem',
  light: 'settingsThemeLight',
  dark: 'settingsThemeDark',
  'high-contrast': 'settingsThemeHighContrast',
};

// Language names are written in their own language, whatever the panel's language is.
const languageChoices = (): SettingsChoice<Language>[] => [
  { value: 'auto', label: t('settingsLanguageAuto') },
  { value: 'en', label: t('settingsLanguageEnglish'), lang: 'en' },
  { value: 'es', label: t('settingsLanguageSpanish'), lang: 'es' },
];

/** The words for a setting's value, for the "Saved" confirmation. */
function describeValue(settings: AppearanceSettings, field: AppearanceField): string {
  if (field === 'theme') return t(themeLabelKeys[settings.theme]);
  if (field === 'textSize') return t('settingsTextSizeValue', String(settings.textSize));
  if (field === 'shortcuts') return t(settings.shortcuts ? 'settingsShortcutsOn' : 'settingsShortcutsOff');
  return languageChoices().find((choice) => choice.value === settings.language)?.label ?? '';
}

/** Notices about settings that could not be read or applied; nothing when all is well. */
function SettingsIssues() {
  const issues = appearanceIssues.value;
  const fields = issues.corruptFields.map((field) => t(fieldLabelKeys[field])).join(', ');
  return (
    <>
      {issues.readFailed && <p class="notice settings-warning">{t('settingsReadFailed')}</p>}
      {fields && <p class="notice settings-warning">{t('settingsCorrupt', fields)}</p>}
      {issues.languageFailed && <p class="notice settings-warning">{t('settingsLanguageFailed')}</p>}
    </>
  );
}

/**
 * Settings: appearance (theme, text size), language, and the timer's own settings. Every change
 * applies at once; one calm status line confirms it (only after a user action, never on a timer).
 */
export function SettingsView() {
  const [status, setStatus] = useState<{ failed: boolean; text: string } | null>(null);
  const settings = appearance.value;
  // Opened from the timer view's Change: focus (and so the screen) goes to the timer's settings.
  const view = currentView.peek();
  const timerFirst = view.name === 'settings' && view.focus === 'timer';

  async function change<K extends AppearanceField>(field: K, value: AppearanceSettings[K]) {
    const saved = await changeAppearance({ [field]: value } as Partial<AppearanceSettings>);
    // Worded after the change, so a new language confirms itself in that language.
    setStatus(
      saved
        ? {
            failed: false,
            text: t('settingsSaved', [t(fieldLabelKeys[field]), describeValue(appearance.value, field)]),
          }
        : { failed: true, text: t('settingsSaveFailed') },
    );
  }

  return (
    <section class="settings" aria-labelledby="settingsSection-title">
      <ViewHeading id="settingsSection-title" focusId={timerFirst ? 'settings-timer-title' : undefined}>
        {t('settingsSection')}
      </ViewHeading>
      <p>{t('settingsIntro')}</p>
      <SettingsIssues />

      <h3>{t('settingsAppearanceTitle')}</h3>
      <SettingsChoiceGroup<Theme>
        legend={t('settingsThemeLabel')}
        name="theme"
        options={(Object.keys(themeLabelKeys) as Theme[]).map((value) => ({
          value,
          label: t(themeLabelKeys[value]),
        }))}
        value={settings.theme}
        onChange={(value) => change('theme', value)}
      />
      <SettingsTextSize value={settings.textSize} onChange={(value) => change('textSize', value)} />

      <SettingsChoiceGroup<Language>
        legend={t('settingsLanguageLabel')}
        name="language"
        options={languageChoices()}
        value={settings.language}
        onChange={(value) => change('language', value)}
      />

      <SettingsChoiceGroup<'on' | 'off'>
        legend={t('settingsShortcutsLabel')}
        name="shortcuts"
        options={[
          { value: 'on', label: t('settingsShortcutsOn') },
          { value: 'off', label: t('settingsShortcutsOff') },
        ]}
        value={settings.shortcuts ? 'on' : 'off'}
        onChange={(value) => change('shortcuts', value === 'on')}
      />

      <p class={status?.failed ? 'notice settings-warning' : 'settings-status'} role="status">
        {status?.text ?? ''}
      </p>

      <h3>{t('settingsInputTitle')}</h3>
      {/* Two switches, one switch or dwell; its own synced item (lib/settings/inputMode.ts). */}
      <SettingsInputMode />

      <h3 id="settings-timer-title" tabIndex={-1}>
        {t('settingsTimerTitle')}
      </h3>
      {/* The timer's own forms and synced items (lib/contrast/settings.ts), shared with the timer view. */}
      <TimerSettingsForm />
      <AlertSettingsForm />
      <button type="button" class="big" onClick={() => navigate({ name: 'timer' })}>
        {t('settingsOpenTimer')}
      </button>
    </section>
  );
}

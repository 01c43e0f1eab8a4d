import { useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, NUMBER_BOUNDS, type Settings, type SettingsPatch, type Theme } from '@electron/settings/common/schema';
import { api } from '../../api';
import { saveOutcome, type SaveOutcome, boundsHint } from '../../settings-fields';
import { NumberField } from '../../components/NumberField';
import { Toggle } from '../../components/Toggle';
import { ShortcutField } from './ShortcutField';
import { VoiceNote } from './VoiceNote';
import { VoiceSettings } from './VoiceSettings';
import { usePlatform } from '../../use-platform';
import { WorkingHoursSection } from './WorkingHoursSection';
import { WalkingGoalSection } from './WalkingGoalSection';
import { StretchTimesSection } from './StretchTimesSection';
import { PresenceSection } from './PresenceSection';
import { DiagnosticsSection } from './DiagnosticsSection';
import { LanguageSection } from './LanguageSection';
import { allRoutines } from '@electron/exercises/common/routines';
import { useOwnLibrary } from '../../hooks/use-own-library';
import { routineLength } from '@electron/exercises/common/plan';
import { formatNumber } from '@electron/i18n/common/format';
import { t } from '@electron/i18n/common/translate';
import type { MessageKey } from '@electron/i18n/common/generated/keys';
import './SettingsView.css';

interface Props {
  settings: Settings;
}

const THEMES: Array<{ value: Theme; label: MessageKey }> = [
  { value: 'system', label: 'settings.startup.themeSystem' },
  { value: 'light', label: 'settings.startup.themeLight' },
  { value: 'dark', label: 'settings.startup.themeDark' },
];

/** Seconds of heads-up offered; each said as "30 seconds before" or "2 minutes before". */
const HEADS_UP = [0, 30, 60, 120, 300];
const headsUpLabel = (sec: number) =>
  sec === 0
    ? t('settings.stretch.headsUpNone')
    : sec < 60
      ? t('settings.stretch.headsUpSeconds', { seconds: sec })
      : t('settings.stretch.headsUpMinutes', { minutes: sec / 60 });

/**
 * A choice (toggle, list, radio) is saved the moment it is made and answered in the status line at
 * the top. A typed value is saved when it is finished (Enter or leaving the field) and answered
 * beside its own field, so "Saved." never sits next to an error.
 */
export function SettingsView({ settings }: Props) {
  const [status, setStatus] = useState('');
  useOwnLibrary(); // any routine, own ones too, can be the one breaks open
  const platform = usePlatform();
  const wayland = platform?.capabilities.wayland === true;
  const shortcutsGuaranteed = platform?.capabilities.shortcutsGuaranteed !== false;
  const statusTimer = useRef<number | undefined>(undefined);

  const save = async (patch: SettingsPatch): Promise<SaveOutcome> => saveOutcome(await api.updateSettings(patch));
  const saveLater = (patch: SettingsPatch) =>
    void save(patch).then((outcome) => {
      window.clearTimeout(statusTimer.current);
      setStatus(outcome.ok ? t('settings.saved') : t('settings.notSaved', { reason: outcome.message }));
      statusTimer.current = window.setTimeout(() => setStatus(''), 4000);
    });

  return (
    <section class="view settings" aria-labelledby="settings-title">
      <h1 id="settings-title" tabIndex={-1}>
        {t('settings.title')}
      </h1>
      <p class="save-status" role="status" aria-live="polite">
        {status}
      </p>

      <fieldset class="card">
        <legend>{t('settings.stretch.legend')}</legend>
        <NumberField
          name="stretchIntervalMin"
          label={t('settings.stretch.interval')}
          hint={t('settings.stretch.intervalHint', { between: boundsHint('stretchIntervalMin'), default: DEFAULT_SETTINGS.stretchIntervalMin })}
          value={settings.stretchIntervalMin}
          onSave={(v) => save({ stretchIntervalMin: v })}
        />
        <NumberField
          name="breakLengthMin"
          label={t('settings.stretch.length')}
          hint={t('settings.stretch.lengthHint', { between: boundsHint('breakLengthMin') })}
          value={settings.breakLengthMin}
          onSave={(v) => save({ breakLengthMin: v })}
        />
        <div class="field">
          <label for="field-stretchRoutineId">{t('settings.stretch.routine')}</label>
          <select
            id="field-stretchRoutineId"
            value={settings.stretchRoutineId}
            onChange={(e) => saveLater({ stretchRoutineId: e.currentTarget.value })}
          >
            {allRoutines().filter((r) => r.id !== 'posture-reset').map((r) => (
              <option key={r.id} value={r.id}>
                {t('settings.stretch.routineOption', { name: r.name, duration: routineLength(r) })}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="field-headsUpSec">{t('settings.stretch.headsUp')}</label>
          <select
            id="field-headsUpSec"
            value={String(settings.headsUpSec)}
            onChange={(e) => saveLater({ headsUpSec: Number(e.currentTarget.value) })}
          >
            {HEADS_UP.map((sec) => (
              <option key={sec} value={String(sec)}>
                {headsUpLabel(sec)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <StretchTimesSection value={settings.stretchTimes} onSave={(v) => saveLater({ stretchTimes: v })} />

      <fieldset class="card">
        <legend>{t('settings.posture.legend')}</legend>
        <Toggle
          id="field-postureChecksEnabled"
          label={t('settings.posture.enabled')}
          hint={t('settings.posture.enabledHint')}
          checked={settings.postureChecksEnabled}
          onChange={(v) => saveLater({ postureChecksEnabled: v })}
        />
        <Toggle
          id="field-sitStandDesk"
          label={t('settings.posture.sitStand')}
          hint={t('settings.posture.sitStandHint')}
          checked={settings.sitStandDesk}
          onChange={(v) => saveLater({ sitStandDesk: v })}
        />
        <NumberField
          name="postureIntervalMin"
          label={t('settings.posture.interval')}
          hint={boundsHint('postureIntervalMin')}
          value={settings.postureIntervalMin}
          onSave={(v) => save({ postureIntervalMin: v })}
        />
      </fieldset>

      <fieldset class="card">
        <legend>{t('settings.snooze.legend')}</legend>
        <NumberField
          name="snoozeMin"
          label={t('settings.snooze.length')}
          hint={boundsHint('snoozeMin')}
          value={settings.snoozeMin}
          onSave={(v) => save({ snoozeMin: v })}
        />
        <div class="field">
          <label for="field-maxSnoozes">{t('settings.snooze.max')}</label>
          <select
            id="field-maxSnoozes"
            value={String(settings.maxSnoozes)}
            onChange={(e) => saveLater({ maxSnoozes: Number(e.currentTarget.value) })}
          >
            {Array.from({ length: NUMBER_BOUNDS.maxSnoozes.max + 1 }, (_, n) => (
              <option key={n} value={String(n)}>
                {n === 0 ? t('settings.snooze.none') : formatNumber(n)}
              </option>
            ))}
          </select>
          <p class="hint">{t('settings.snooze.maxHint')}</p>
        </div>
      </fieldset>

      <WalkingGoalSection
        value={settings.walkingPlan}
        distanceUnit={settings.distanceUnit}
        onUnitChange={(plan) => saveLater({ walkingPlan: plan })}
        onSave={(plan) => save({ walkingPlan: plan })}
        nudge={settings.walkingNudge}
        onNudgeChange={(on) => saveLater({ walkingNudge: on })}
      />

      <WorkingHoursSection value={settings.workingHours} onSave={(v) => saveLater({ workingHours: v })} />

      <fieldset class="card">
        <legend>{t('settings.session.legend')}</legend>
        <Toggle
          id="field-soundsEnabled"
          label={t('settings.session.sounds')}
          hint={t('settings.session.soundsHint')}
          checked={settings.soundsEnabled}
          onChange={(v) => saveLater({ soundsEnabled: v })}
        />
        <Toggle
          id="field-voiceEnabled"
          label={t('settings.session.voice')}
          hint={t('settings.session.voiceHint')}
          checked={settings.voiceEnabled}
          onChange={(v) => saveLater({ voiceEnabled: v })}
        />
        <VoiceNote platform={platform?.platform ?? null} />
        <VoiceSettings settings={settings} save={saveLater} />
        <Toggle
          id="field-sessionWindowTakesFocus"
          label={t('settings.session.takesFocus')}
          hint={t('settings.session.takesFocusHint')}
          checked={settings.sessionWindowTakesFocus}
          onChange={(v) => saveLater({ sessionWindowTakesFocus: v })}
        />
      </fieldset>

      <fieldset class="card">
        <legend>{t('settings.notify.legend')}</legend>
        <Toggle
          id="field-reminderWindow"
          label={t('settings.notify.reminderWindow')}
          hint={t(wayland ? 'settings.notify.reminderWindowHintWayland' : 'settings.notify.reminderWindowHint')}
          checked={settings.reminderWindow}
          onChange={(v) => saveLater({ reminderWindow: v })}
        />
        <ShortcutField
          field="focusShortcut"
          label={t('settings.notify.focusShortcut')}
          hint={t('settings.notify.focusShortcutHint')}
          value={settings.focusShortcut}
          guaranteed={shortcutsGuaranteed}
          onSave={(v) => save({ focusShortcut: v })}
        />
        <ShortcutField
          field="startShortcut"
          label={t('settings.notify.startShortcut')}
          hint={t('settings.notify.startShortcutHint')}
          value={settings.startShortcut}
          guaranteed={shortcutsGuaranteed}
          onSave={(v) => save({ startShortcut: v })}
        />
      </fieldset>

      <PresenceSection
        value={settings.presence}
        onToggle={(presence) => saveLater({ presence })}
        onSaveApps={(meetingApps) => save({ presence: { ...settings.presence, meetingApps } })}
      />

      <fieldset class="card">
        <legend>{t('settings.startup.legend')}</legend>
        <Toggle
          id="field-startAtLogin"
          label={t('settings.startup.atLogin')}
          checked={settings.startAtLogin}
          onChange={(v) => saveLater({ startAtLogin: v })}
        />
        <div class="radio-group" role="radiogroup" aria-label={t('settings.startup.theme')}>
          {THEMES.map((theme) => (
            <label key={theme.value} class="radio">
              <input
                type="radio"
                name="theme"
                value={theme.value}
                checked={settings.theme === theme.value}
                onChange={() => saveLater({ theme: theme.value })}
              />
              {t(theme.label)}
            </label>
          ))}
        </div>
      </fieldset>

      <LanguageSection
        settings={settings}
        save={save}
        saveLater={saveLater}
        onRefused={(message) => setStatus(t('settings.notSaved', { reason: message }))}
      />

      <DiagnosticsSection logFile={platform?.logFile} />
    </section>
  );
}

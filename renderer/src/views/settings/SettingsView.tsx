import { useRef, useState } from 'preact/hooks';
import type { Settings, SettingsPatch, Theme } from '@electron/settings/common/schema';
import { api } from '../../api';
import { saveOutcome, type SaveOutcome } from '../../settings-fields';
import { NumberField } from '../../components/NumberField';
import { Toggle } from '../../components/Toggle';
import { ShortcutField } from './ShortcutField';
import { VoiceNote } from './VoiceNote';
import { VoiceSettings } from './VoiceSettings';
import { usePlatform } from '../../use-platform';
import { WorkingHoursSection } from './WorkingHoursSection';
import { WalkingGoalSection } from './WalkingGoalSection';
import { PresenceSection } from './PresenceSection';
import { DiagnosticsSection } from './DiagnosticsSection';
import { ROUTINES } from '@electron/exercises/common/routines';
import { routineLength } from '@electron/exercises/common/routine-length';
import './SettingsView.css';

interface Props {
  settings: Settings;
}

const THEMES: Array<{ value: Theme; label: string }> = [
  { value: 'system', label: 'Match my system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const HEADS_UP: Array<{ value: number; label: string }> = [
  { value: 0, label: 'No heads-up' },
  { value: 30, label: '30 seconds before' },
  { value: 60, label: '1 minute before' },
  { value: 120, label: '2 minutes before' },
  { value: 300, label: '5 minutes before' },
];

/**
 * A choice (toggle, list, radio) is saved the moment it is made and answered in the status line at
 * the top. A typed value is saved when it is finished (Enter or leaving the field) and answered
 * beside its own field, so "Saved." never sits next to an error.
 */
export function SettingsView({ settings }: Props) {
  const [status, setStatus] = useState('');
  const platform = usePlatform();
  const wayland = platform?.capabilities.wayland === true;
  const shortcutsGuaranteed = platform?.capabilities.shortcutsGuaranteed !== false;
  const statusTimer = useRef<number | undefined>(undefined);

  const save = async (patch: SettingsPatch): Promise<SaveOutcome> => saveOutcome(await api.updateSettings(patch));
  const saveLater = (patch: SettingsPatch) =>
    void save(patch).then((outcome) => {
      window.clearTimeout(statusTimer.current);
      setStatus(outcome.ok ? 'Saved.' : `Not saved: ${outcome.message}`);
      statusTimer.current = window.setTimeout(() => setStatus(''), 4000);
    });

  return (
    <section class="view settings" aria-labelledby="settings-title">
      <h1 id="settings-title" tabIndex={-1}>
        Settings
      </h1>
      <p class="save-status" role="status" aria-live="polite">
        {status}
      </p>

      <fieldset class="card">
        <legend>Stretch breaks</legend>
        <NumberField
          name="stretchIntervalMin"
          label="Stretch break every"
          hint="Between 10 and 240 minutes. The default, 45, is long enough to work and short enough that you never sit still for an hour."
          value={settings.stretchIntervalMin}
          onSave={(v) => save({ stretchIntervalMin: v })}
        />
        <NumberField
          name="breakLengthMin"
          label="Break length"
          hint="Between 1 and 30 minutes. Being away from the computer this long also counts as a break."
          value={settings.breakLengthMin}
          onSave={(v) => save({ breakLengthMin: v })}
        />
        <div class="field">
          <label for="field-stretchRoutineId">Routine for stretch breaks</label>
          <select
            id="field-stretchRoutineId"
            value={settings.stretchRoutineId}
            onChange={(e) => saveLater({ stretchRoutineId: e.currentTarget.value })}
          >
            {ROUTINES.filter((r) => r.id !== 'posture-reset').map((r) => (
              <option key={r.id} value={r.id}>
                {r.name} ({routineLength(r)})
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="field-headsUpSec">Heads-up before a stretch break</label>
          <select
            id="field-headsUpSec"
            value={String(settings.headsUpSec)}
            onChange={(e) => saveLater({ headsUpSec: Number(e.currentTarget.value) })}
          >
            {HEADS_UP.map((o) => (
              <option key={o.value} value={String(o.value)}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <fieldset class="card">
        <legend>Posture checks</legend>
        <Toggle
          id="field-postureChecksEnabled"
          label="Posture checks between stretch breaks"
          hint="A few seconds to sit back, feet flat, shoulders down."
          checked={settings.postureChecksEnabled}
          onChange={(v) => saveLater({ postureChecksEnabled: v })}
        />
        <Toggle
          id="field-sitStandDesk"
          label="I have a sit-stand desk"
          hint="Every other posture check says: stand up or change position."
          checked={settings.sitStandDesk}
          onChange={(v) => saveLater({ sitStandDesk: v })}
        />
        <NumberField
          name="postureIntervalMin"
          label="Posture check every"
          hint="Between 5 and 120 minutes."
          value={settings.postureIntervalMin}
          onSave={(v) => save({ postureIntervalMin: v })}
        />
      </fieldset>

      <fieldset class="card">
        <legend>Snooze</legend>
        <NumberField
          name="snoozeMin"
          label="Snooze for"
          hint="Between 1 and 30 minutes."
          value={settings.snoozeMin}
          onSave={(v) => save({ snoozeMin: v })}
        />
        <div class="field">
          <label for="field-maxSnoozes">Snoozes allowed in a row</label>
          <select
            id="field-maxSnoozes"
            value={String(settings.maxSnoozes)}
            onChange={(e) => saveLater({ maxSnoozes: Number(e.currentTarget.value) })}
          >
            {[0, 1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={String(n)}>
                {n === 0 ? 'None' : n}
              </option>
            ))}
          </select>
          <p class="hint">After that, Limber says plainly that it is time to move.</p>
        </div>
      </fieldset>

      <WalkingGoalSection
        value={settings.walkingPlan}
        onUnitChange={(plan) => saveLater({ walkingPlan: plan })}
        onSave={(plan) => save({ walkingPlan: plan })}
      />

      <WorkingHoursSection value={settings.workingHours} onSave={(v) => saveLater({ workingHours: v })} />

      <fieldset class="card">
        <legend>During a session</legend>
        <Toggle
          id="field-soundsEnabled"
          label="Soft tones"
          hint="At the start, halfway through each hold and in the last three seconds."
          checked={settings.soundsEnabled}
          onChange={(v) => saveLater({ soundsEnabled: v })}
        />
        <Toggle
          id="field-voiceEnabled"
          label="Spoken cues"
          hint="“Switch legs”, “Ten seconds left” and the next stretch's name, so you need not look."
          checked={settings.voiceEnabled}
          onChange={(v) => saveLater({ voiceEnabled: v })}
        />
        <VoiceNote platform={platform?.platform ?? null} />
        <VoiceSettings settings={settings} save={saveLater} />
        <Toggle
          id="field-sessionWindowTakesFocus"
          label="Bring the session window to the front with keyboard focus"
          hint="Off: the window appears without taking your typing, so a sentence is never lost."
          checked={settings.sessionWindowTakesFocus}
          onChange={(v) => saveLater({ sessionWindowTakesFocus: v })}
        />
      </fieldset>

      <fieldset class="card">
        <legend>Notifications and focus</legend>
        <Toggle
          id="field-reminderWindow"
          label="Also show a small reminder window with Start, Snooze and Skip"
          hint={
            wayland
              ? 'Useful where notifications have no buttons. On Wayland it is an ordinary window: it can take keyboard focus and does not stay on top.'
              : 'Useful where notifications have no buttons or disappear too quickly.'
          }
          checked={settings.reminderWindow}
          onChange={(v) => saveLater({ reminderWindow: v })}
        />
        <ShortcutField
          field="focusShortcut"
          label="Focus mode shortcut"
          hint="Works from any app: turns focus mode on or off, so reminders wait until your meeting or presentation is over. Empty means no shortcut; the keys you pick stop working in other apps."
          value={settings.focusShortcut}
          guaranteed={shortcutsGuaranteed}
          onSave={(v) => save({ focusShortcut: v })}
        />
        <ShortcutField
          field="startShortcut"
          label="Start stretch session shortcut"
          hint="Works from any app: starts your break routine now. Empty means no shortcut; the keys you pick stop working in other apps."
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
        <legend>Startup and appearance</legend>
        <Toggle
          id="field-startAtLogin"
          label="Start Limber when I log in"
          checked={settings.startAtLogin}
          onChange={(v) => saveLater({ startAtLogin: v })}
        />
        <div class="radio-group" role="radiogroup" aria-label="Theme">
          {THEMES.map((theme) => (
            <label key={theme.value} class="radio">
              <input
                type="radio"
                name="theme"
                value={theme.value}
                checked={settings.theme === theme.value}
                onChange={() => saveLater({ theme: theme.value })}
              />
              {theme.label}
            </label>
          ))}
        </div>
      </fieldset>

      <DiagnosticsSection logFile={platform?.logFile} />
    </section>
  );
}

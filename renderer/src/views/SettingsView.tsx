import { useRef, useState } from 'preact/hooks';
import type { Settings, SettingsPatch, Theme } from '../../../electron/core/settings/schema';
import { api } from '../api';
import { MinutesField } from '../components/MinutesField';

interface Props {
  settings: Settings;
}

const THEMES: Array<{ value: Theme; label: string }> = [
  { value: 'system', label: 'Match my system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Every change that validates is saved at once and takes effect immediately. */
export function SettingsView({ settings }: Props) {
  const [status, setStatus] = useState('');
  const statusTimer = useRef<number | undefined>(undefined);

  const save = async (patch: SettingsPatch) => {
    const result = await api.updateSettings(patch);
    window.clearTimeout(statusTimer.current);
    setStatus(result.ok ? 'Saved.' : `Not saved: ${result.error.message}`);
    statusTimer.current = window.setTimeout(() => setStatus(''), 4000);
  };

  return (
    <section class="view settings" aria-labelledby="settings-title">
      <h1 id="settings-title" tabIndex={-1}>
        Settings
      </h1>
      <p class="save-status" role="status" aria-live="polite">
        {status}
      </p>

      <fieldset class="card">
        <legend>Reminders</legend>
        <MinutesField
          name="stretchIntervalMin"
          label="Stretch break every"
          hint="Between 10 and 240 minutes. 45 suits most people with sciatica: long enough to work, short enough that you never sit stiff for an hour."
          value={settings.stretchIntervalMin}
          onValid={(v) => void save({ stretchIntervalMin: v })}
        />
        <MinutesField
          name="breakLengthMin"
          label="Break length"
          hint="Between 1 and 30 minutes. Being away from the computer this long also counts as a break."
          value={settings.breakLengthMin}
          onValid={(v) => void save({ breakLengthMin: v })}
        />
        <div class="field field-toggle">
          <input
            id="field-postureChecksEnabled"
            type="checkbox"
            checked={settings.postureChecksEnabled}
            onChange={(e) => void save({ postureChecksEnabled: (e.currentTarget).checked })}
          />
          <label for="field-postureChecksEnabled">Posture checks between stretch breaks</label>
        </div>
        <MinutesField
          name="postureIntervalMin"
          label="Posture check every"
          hint="Between 5 and 120 minutes. A few seconds to sit back, feet flat, shoulders down."
          value={settings.postureIntervalMin}
          onValid={(v) => void save({ postureIntervalMin: v })}
        />
      </fieldset>

      <fieldset class="card">
        <legend>Sound and startup</legend>
        <div class="field field-toggle">
          <input
            id="field-soundsEnabled"
            type="checkbox"
            checked={settings.soundsEnabled}
            onChange={(e) => void save({ soundsEnabled: (e.currentTarget).checked })}
          />
          <label for="field-soundsEnabled">Sounds and spoken cues</label>
        </div>
        <div class="field field-toggle">
          <input
            id="field-startAtLogin"
            type="checkbox"
            checked={settings.startAtLogin}
            onChange={(e) => void save({ startAtLogin: (e.currentTarget).checked })}
          />
          <label for="field-startAtLogin">Start Limber when I log in</label>
        </div>
      </fieldset>

      <fieldset class="card">
        <legend>Appearance</legend>
        <div class="radio-group">
          {THEMES.map((theme) => (
            <label key={theme.value} class="radio">
              <input
                type="radio"
                name="theme"
                value={theme.value}
                checked={settings.theme === theme.value}
                onChange={() => void save({ theme: theme.value })}
              />
              {theme.label}
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}

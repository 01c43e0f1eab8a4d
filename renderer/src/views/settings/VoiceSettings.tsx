import { useEffect, useState } from 'preact/hooks';
import type { Settings, SettingsPatch } from '@electron/settings/common/schema';
import { Toggle } from '../../components/Toggle';
import { AUTO_START, VOICE_RATES, voicesFor } from './voice-choices';

interface Props {
  settings: Settings;
  save: (patch: SettingsPatch) => void;
}

/** The system's voices, listed once they load (Chromium lists them after `voiceschanged`). */
function useSystemVoices(): ReadonlyArray<{ name: string; lang: string }> {
  const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
  const [voices, setVoices] = useState(() => synth?.getVoices() ?? []);
  useEffect(() => {
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
}

/** How the session speaks, and how it runs on the floor. */
export function VoiceSettings({ settings, save }: Props) {
  const voices = voicesFor(useSystemVoices(), document.documentElement.lang || 'en', settings.voiceName);
  const rates = VOICE_RATES.some((r) => r.value === settings.voiceRate) ? VOICE_RATES : [...VOICE_RATES, { value: settings.voiceRate, label: `${settings.voiceRate}` }];
  return (
    <>
      <div class="field">
        <label for="field-voiceName">Voice</label>
        <select id="field-voiceName" value={settings.voiceName} onChange={(e) => save({ voiceName: e.currentTarget.value })}>
          <option value="">The system's default voice</option>
          {voices.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="field-voiceRate">Speaking rate</label>
        <select id="field-voiceRate" value={String(settings.voiceRate)} onChange={(e) => save({ voiceRate: Number(e.currentTarget.value) })}>
          {rates.map((r) => (
            <option key={r.value} value={String(r.value)}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      <Toggle
        id="field-voiceStepsOnce"
        label="Read the steps in an exercise's first two sessions, then just its name"
        hint="The steps stay on screen; a move you know starts sooner."
        checked={settings.voiceStepsOnce}
        onChange={(v) => save({ voiceStepsOnce: v })}
      />
      <Toggle
        id="field-floorMode"
        label="Floor view for floor routines"
        hint="Full screen, large numbers, and before each floor move the voice reads the steps, then waits until you press Space or any key."
        checked={settings.floorMode}
        onChange={(v) => save({ floorMode: v })}
      />
      <div class="field">
        <label for="field-floorAutoStartSec">On the floor, start the hold by itself</label>
        <select
          id="field-floorAutoStartSec"
          value={String(settings.floorAutoStartSec)}
          onChange={(e) => save({ floorAutoStartSec: e.currentTarget.value === 'null' ? null : Number(e.currentTarget.value) })}
        >
          {AUTO_START.map((a) => (
            <option key={String(a.value)} value={String(a.value)}>
              {a.label}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { Settings, SettingsPatch } from '@electron/settings/common/schema';
import { Toggle } from '../../components/Toggle';
import { AUTO_START, autoStartLabel, rateLabel, VOICE_RATES, voicesFor } from './voice-choices';
import { t } from '@electron/i18n/common/translate';

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
  const known = VOICE_RATES.map((r) => r.value);
  const rates = known.includes(settings.voiceRate) ? known : [...known, settings.voiceRate];
  return (
    <>
      <div class="field">
        <label for="field-voiceName">{t('settings.session.voiceName')}</label>
        <select id="field-voiceName" value={settings.voiceName} onChange={(e) => save({ voiceName: e.currentTarget.value })}>
          <option value="">{t('settings.session.voiceDefault')}</option>
          {voices.map((name) => (
            <option key={name} value={name} translate={false}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="field-voiceRate">{t('settings.session.rate')}</label>
        <select id="field-voiceRate" value={String(settings.voiceRate)} onChange={(e) => save({ voiceRate: Number(e.currentTarget.value) })}>
          {rates.map((rate) => (
            <option key={rate} value={String(rate)}>
              {rateLabel(rate)}
            </option>
          ))}
        </select>
      </div>
      <Toggle
        id="field-voiceStepsOnce"
        label={t('settings.session.stepsOnce')}
        hint={t('settings.session.stepsOnceHint')}
        checked={settings.voiceStepsOnce}
        onChange={(v) => save({ voiceStepsOnce: v })}
      />
      <Toggle
        id="field-floorMode"
        label={t('settings.session.floorMode')}
        hint={t('settings.session.floorModeHint')}
        checked={settings.floorMode}
        onChange={(v) => save({ floorMode: v })}
      />
      <div class="field">
        <label for="field-floorAutoStartSec">{t('settings.session.autoStart')}</label>
        <select
          id="field-floorAutoStartSec"
          value={String(settings.floorAutoStartSec)}
          onChange={(e) => save({ floorAutoStartSec: e.currentTarget.value === 'null' ? null : Number(e.currentTarget.value) })}
        >
          {AUTO_START.map((value) => (
            <option key={String(value)} value={String(value)}>
              {autoStartLabel(value)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

import { activeFormattingTag } from '@electron/i18n/common/translate';
import { useEffect, useState } from 'preact/hooks';
import { listedVoices, voiceCoverage, type VoiceCoverage } from './voice-availability';

export type VoiceAvailability = 'checking' | VoiceCoverage;

/** Whether this machine has a voice for spoken cues in the active language, learnt once when the view opens. */
export function useVoiceAvailability(): VoiceAvailability {
  const [state, setState] = useState<VoiceAvailability>('checking');
  useEffect(() => {
    let alive = true;
    void listedVoices(typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis).then((voices) => {
      if (alive) setState(voiceCoverage(voices, activeFormattingTag()));
    });
    return () => {
      alive = false;
    };
  }, []);
  return state;
}

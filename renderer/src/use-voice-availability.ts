import { useEffect, useState } from 'preact/hooks';
import { hasVoices } from './voice-availability';

export type VoiceAvailability = 'checking' | 'available' | 'none';

/** Whether this machine has a voice for spoken cues, learnt once when the view opens. */
export function useVoiceAvailability(): VoiceAvailability {
  const [state, setState] = useState<VoiceAvailability>('checking');
  useEffect(() => {
    let alive = true;
    void hasVoices(typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis).then((found) => {
      if (alive) setState(found ? 'available' : 'none');
    });
    return () => {
      alive = false;
    };
  }, []);
  return state;
}

import { useVoiceAvailability } from '../../use-voice-availability';

interface Props {
  /** process.platform from main; null while unknown. */
  platform: string | null;
}

/** Says so when spoken cues cannot be heard because no voice is installed. */
export function VoiceNote({ platform }: Props) {
  const voices = useVoiceAvailability();
  return (
    <p id="voice-availability" class="hint" role="status">
      {voices === 'none' &&
        (platform === 'linux'
          ? 'No voice is installed — tones still play. To hear spoken cues, install speech-dispatcher and espeak-ng (on Debian or Ubuntu: sudo apt install speech-dispatcher espeak-ng), then restart Limber.'
          : 'No voice is installed — tones still play. Spoken cues use your system’s text-to-speech voices.')}
    </p>
  );
}

import { t } from '@electron/i18n/common/translate';
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
          ? t('settings.session.noVoiceLinux', { command: 'sudo apt install speech-dispatcher espeak-ng' })
          : t('settings.session.noVoice'))}
    </p>
  );
}

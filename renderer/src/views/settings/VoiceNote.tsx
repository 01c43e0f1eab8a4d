import { activeFormattingTag, t } from '@electron/i18n/common/translate';
import { useVoiceAvailability } from '../../use-voice-availability';

/** The active language's name in itself ("Deutsch"), for the note that no voice speaks it. */
const languageName = (tag: string): string => new Intl.DisplayNames([tag], { type: 'language' }).of(tag.split('-')[0] ?? tag) ?? tag;

interface Props {
  /** process.platform from main; null while unknown. */
  platform: string | null;
}

/** Says so when spoken cues cannot be heard because no voice is installed, or none speaks the active language. */
export function VoiceNote({ platform }: Props) {
  const voices = useVoiceAvailability();
  return (
    <p id="voice-availability" class="hint" role="status">
      {voices === 'none' &&
        (platform === 'linux'
          ? t('settings.session.noVoiceLinux', { command: 'sudo apt install speech-dispatcher espeak-ng' })
          : t('settings.session.noVoice'))}
      {voices === 'other-language' && t('exercises.voice.noVoiceForLanguage', { language: languageName(activeFormattingTag()) })}
    </p>
  );
}

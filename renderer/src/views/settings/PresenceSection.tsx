import { t } from '@electron/i18n/common/translate';
import type { PresenceSettings } from '@electron/settings/common/schema';
import { Toggle } from '../../components/Toggle';
import type { SaveOutcome } from '../../settings-fields';
import { MeetingAppsEditor } from './MeetingAppsEditor';
import { PRESENCE_SWITCHES, readingWords } from './presence-words';
import { usePresenceStatus } from './use-presence-status';
import './PresenceSection.css';

interface Props {
  value: PresenceSettings;
  /** A switch is a choice: saved at once and answered in the page's status line. */
  onToggle: (presence: PresenceSettings) => void;
  /** A new app list; resolves with what main said, shown beside the list. */
  onSaveApps: (apps: string[]) => Promise<SaveOutcome>;
}

/** Calls and presentations: which ways of knowing may hold reminders, and what this computer can tell. */
export function PresenceSection({ value, onToggle, onSaveApps }: Props) {
  const status = usePresenceStatus(value);
  const reading = (name: keyof PresenceSettings) => {
    const mine = typeof status === 'object' ? status.switches[name] : status;
    const tone = typeof mine === 'object' ? mine.state : 'unknown';
    return <span class={`presence-reading reading-${tone}`}>{readingWords(mine)}</span>;
  };
  return (
    <fieldset class="card presence">
      <legend>{t('settings.presence.legend')}</legend>
      <p class="hint">
        {t('settings.presence.intro')}
      </p>
      {PRESENCE_SWITCHES.map(({ name, label, hint }) => (
        <Toggle
          key={name}
          id={`field-presence-${name}`}
          label={t(label)}
          hint={t(hint)}
          note={reading(name)}
          checked={value[name]}
          onChange={(on) => onToggle({ ...value, [name]: on })}
        />
      ))}
      <MeetingAppsEditor presence={value} reading={reading('meetingApps')} onSave={onSaveApps} />
    </fieldset>
  );
}

import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { FieldMessages } from '../../components/FieldMessages';
import type { PresenceSettings } from '@electron/settings/common/schema';
import type { DraftMessages } from '../../hooks/draft-rules';
import type { SaveOutcome } from '../../settings-fields';
import { withApp } from './presence-words';
import { t } from '@electron/i18n/common/translate';

interface Props {
  /** The saved presence settings; the list is `meetingApps`. */
  presence: PresenceSettings;
  /** What this computer can tell about the list. */
  reading: ComponentChildren;
  onSave: (apps: string[]) => Promise<SaveOutcome>;
}

const NO_MESSAGES: DraftMessages = { error: null, status: '' };
const ID = 'field-meeting-app';

/**
 * The last resort: process names that mean "in a meeting". Enter or "Add app" adds what is typed,
 * checked by the schema main enforces; a refused name stays in the box with the reason.
 */
export function MeetingAppsEditor({ presence, reading, onSave }: Props) {
  const apps = presence.meetingApps;
  const [text, setText] = useState('');
  const [messages, setMessages] = useState<DraftMessages>(NO_MESSAGES);
  const input = useRef<HTMLInputElement>(null);

  const store = async (next: string[], after: () => void) => {
    const outcome = await onSave(next);
    if (!outcome.ok) return setMessages({ error: t('settings.notSaved', { reason: outcome.message }), status: '' });
    after();
    setMessages({ error: null, status: t('settings.saved'), saved: true });
  };
  const add = () => {
    const checked = withApp(presence, text);
    if (!checked.ok) return setMessages({ error: checked.message, status: '' });
    void store(checked.value, () => setText(''));
  };
  const remove = (app: string) => {
    // Focus goes back to the box, so it is not lost with the button that just disappeared.
    void store(apps.filter((a) => a !== app), () => input.current?.focus());
  };

  return (
    <div class="field meeting-apps" role="group" aria-labelledby="meeting-apps-title" aria-describedby="meeting-apps-hint meeting-apps-reading">
      <p id="meeting-apps-title" class="meeting-apps-title">
        {t('settings.presence.appsTitle')}
      </p>
      <p id="meeting-apps-hint" class="hint">
        {t('settings.presence.appsHint')}
      </p>
      <p id="meeting-apps-reading" class="toggle-note">
        {reading}
      </p>
      {apps.length > 0 && (
        <ul class="meeting-app-list" aria-label={t('settings.presence.appsList')}>
          {apps.map((app) => (
            <li key={app}>
              <span translate={false}>{app}</span>
              <button type="button" class="button-quiet" aria-label={t('settings.presence.removeApp', { app })} onClick={() => remove(app)}>
                {t('settings.presence.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label for={ID}>{t('settings.presence.addLabel')}</label>
      <div class="field-row">
        <input
          ref={input}
          id={ID}
          type="text"
          autoComplete="off"
          spellcheck={false}
          value={text}
          aria-invalid={messages.error ? 'true' : 'false'}
          aria-describedby={`${ID}-hint ${ID}-error ${ID}-status`}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setMessages(NO_MESSAGES);
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            add();
          }}
        />
        <button type="button" class="button-secondary" onClick={add}>
          {t('settings.presence.add')}
        </button>
      </div>
      <p id={`${ID}-hint`} class="hint">
        {t('settings.presence.addHint')}
      </p>
      <FieldMessages id={ID} messages={messages} />
    </div>
  );
}

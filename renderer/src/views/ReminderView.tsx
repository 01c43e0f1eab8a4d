import { useEffect, useState } from 'preact/hooks';
import type { ReminderResponse } from '@electron/breaks/common/reminder';
import { api } from '../api';
import { LoadError } from '../components/LoadError';
import { useCurrentReminder } from '../hooks/use-reminder';
import { useSettings } from '../hooks/use-settings';
import { applyTheme } from '../theme';
import { PostureCue } from './reminder/PostureCue';
import './ReminderView.css';
import { t } from '@electron/i18n/common/translate';

/**
 * The small always-on-top reminder: the notification's own buttons, for platforms whose
 * notifications have none (or users who asked for it). Its words and buttons are the reminder's
 * (core/breaks/wording); the window adds no sentence of its own, so nothing is said twice.
 * A posture check also shows its cue as a picture. Keyboard: Enter takes the first button.
 */
export function ReminderView() {
  const live = useCurrentReminder();
  const reminder = live.kind === 'ready' ? live.value : null;
  const settings = useSettings();
  // Main's refusal, for the reminder it was about: a new reminder starts with its own words.
  const [failure, setFailure] = useState<{ id: number; message: string } | null>(null);
  const shownFailure = reminder && failure?.id === reminder.id ? failure.message : null;

  const theme = settings.kind === 'ready' ? settings.value.theme : null;
  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);

  const respond = (response: Exclude<ReminderResponse, 'timeout'>) => {
    if (!reminder) return;
    const { id } = reminder;
    void api.respondToReminder(id, response).then((r) => setFailure(r.ok ? null : { id, message: r.error.message }));
  };

  if (live.kind === 'failed') return <LoadError what={t('app.loadError.reminder')} message={live.message} onRetry={live.retry} />;
  if (!reminder) return <p class="reminder-empty">{t('app.reminder.none')}</p>;
  const posture = reminder.tier === 'posture';
  return (
    <section
      class={`reminder ${posture ? 'reminder-posture' : ''}`}
      aria-labelledby="reminder-title"
      role="alertdialog"
      aria-describedby="reminder-body"
    >
      {posture && <PostureCue key={reminder.id} title={reminder.title} />}
      <div class="reminder-text">
        <h1 id="reminder-title">{reminder.title}</h1>
        {shownFailure ? (
          <p id="reminder-body" class="reminder-failure" role="alert">
            {shownFailure}
          </p>
        ) : (
          <p id="reminder-body">{reminder.body}</p>
        )}
      </div>
      <div class="reminder-actions">
        {reminder.actions.map((action, index) => (
          <button
            key={action.id}
            type="button"
            class={index === 0 ? 'button-primary' : action.id === 'skip' ? 'button-quiet' : 'button-secondary'}
            autoFocus={index === 0}
            onClick={() => respond(action.id)}
          >
            {action.label}
          </button>
        ))}
      </div>
    </section>
  );
}

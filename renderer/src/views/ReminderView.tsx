import { useEffect, useState } from 'preact/hooks';
import type { ReminderInfo, ReminderResponse } from '../../../electron/core/reminders/presenter';
import { api } from '../api';
import { applyTheme } from '../theme';
import { useSettings } from '../use-settings';
import { PostureCue } from './reminder/PostureCue';
import './ReminderView.css';

/**
 * The small always-on-top reminder: the notification's own buttons, for platforms whose
 * notifications have none (or users who asked for it). Its words and buttons are the reminder's
 * (core/breaks/wording); the window adds no sentence of its own, so nothing is said twice.
 * A posture check also shows its cue as a picture. Keyboard: Enter takes the first button.
 */
export function ReminderView() {
  const [reminder, setReminder] = useState<ReminderInfo | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const settings = useSettings();

  useEffect(() => {
    void api.getCurrentReminder().then((r) => r.ok && setReminder(r.value));
    return api.onReminderChanged((next) => {
      setFailure(null);
      setReminder(next);
    });
  }, []);

  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings?.theme]);

  const respond = (response: Exclude<ReminderResponse, 'timeout'>) => {
    if (!reminder) return;
    void api.respondToReminder(reminder.id, response).then((r) => setFailure(r.ok ? null : r.error.message));
  };

  if (!reminder) return <p class="reminder-empty">No reminder right now.</p>;
  const posture = reminder.tier === 'posture';
  return (
    <section class={`reminder ${posture ? 'reminder-posture' : ''}`} aria-labelledby="reminder-title" role="alertdialog" aria-describedby="reminder-body">
      {posture && <PostureCue key={reminder.id} title={reminder.title} />}
      <div class="reminder-text">
        <h1 id="reminder-title">{reminder.title}</h1>
        {failure ? (
          <p id="reminder-body" class="reminder-failure" role="alert">
            {failure}
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

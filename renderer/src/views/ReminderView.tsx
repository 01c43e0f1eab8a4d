import { useEffect, useState } from 'preact/hooks';
import type { ReminderInfo, ReminderResponse } from '../../../electron/core/reminders/presenter';
import { api } from '../api';

/**
 * The small always-on-top reminder: the same three choices as the notification, for platforms
 * whose notifications have no buttons (or users who asked for it). Keyboard: Enter starts.
 */
export function ReminderView() {
  const [reminder, setReminder] = useState<ReminderInfo | null>(null);

  useEffect(() => {
    void api.getCurrentReminder().then((r) => r.ok && setReminder(r.value));
    return api.onReminderChanged(setReminder);
  }, []);

  const respond = (response: Exclude<ReminderResponse, 'timeout'>) => {
    if (reminder) void api.respondToReminder(reminder.id, response);
  };

  if (!reminder) return <p class="reminder-empty">No reminder right now.</p>;
  return (
    <section class="reminder" aria-labelledby="reminder-title" role="alertdialog" aria-describedby="reminder-body">
      <h1 id="reminder-title">{reminder.title}</h1>
      <p id="reminder-body">{reminder.body}</p>
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

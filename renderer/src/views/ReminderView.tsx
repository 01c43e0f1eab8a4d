import type { ReminderResponse } from '@core/reminders/presenter';
import { api } from '../api';
import { LoadError } from '../components/LoadError';
import { useCurrentReminder } from '../hooks/use-reminder';
import './ReminderView.css';

/**
 * The small always-on-top reminder: the same three choices as the notification, for platforms
 * whose notifications have no buttons (or users who asked for it). Keyboard: Enter starts.
 */
export function ReminderView() {
  const live = useCurrentReminder();
  const reminder = live.kind === 'ready' ? live.value : null;

  const respond = (response: Exclude<ReminderResponse, 'timeout'>) => {
    if (reminder) void api.respondToReminder(reminder.id, response);
  };

  if (live.kind === 'failed') return <LoadError what="the reminder" message={live.message} onRetry={live.retry} />;
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

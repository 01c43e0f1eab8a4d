import type { Handlers } from '../../ipc/node/router';
import type { ReminderPresenter } from './reminder-presenter';

export type ReminderHandlers = Pick<Handlers, 'reminder:get-current' | 'reminder:respond'>;

/** ipc/channels/reminders.ts: the reminder window reads the current reminder and answers it. */
export function createReminderHandlers(presenter: ReminderPresenter): ReminderHandlers {
  return {
    'reminder:get-current': () => presenter.active,
    'reminder:respond': (id, response) => presenter.respond(id, response),
  };
}

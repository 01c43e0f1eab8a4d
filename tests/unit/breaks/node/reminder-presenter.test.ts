import { describe, expect, it } from 'vitest';
import { reminderActions } from '../../../../electron/breaks/common/wording';
import type { NotificationOutcome, Notifier, ReminderNotification } from '../../../../electron/ports/notifier';
import { ReminderPresenter, type ReminderInfo, type ReminderResponse } from '../../../../electron/breaks/node/reminder-presenter';

/**
 * What the user sees, modelled as a screen: the live notifications (by key) and the reminder
 * window's content. Outcomes resolve when the test says so, or at once if given.
 */
function setup(actions: boolean, outcome?: NotificationOutcome, alwaysWindow = false) {
  const screen = { notifications: new Map<string, ReminderNotification>(), window: null as ReminderInfo | null };
  const pending = new Map<string, (o: NotificationOutcome) => void>();
  const notifier: Notifier = {
    name: 'fake',
    capabilities: () => Promise.resolve({ actions, clicks: actions }),
    notify: (n) => {
      screen.notifications.set(n.id, n);
      return new Promise((resolve) => {
        const done = (o: NotificationOutcome) => {
          screen.notifications.delete(n.id);
          pending.delete(n.id);
          resolve(o);
        };
        if (outcome) done(outcome);
        else pending.set(n.id, done);
      });
    },
    close: (id) => pending.get(id)?.({ kind: 'dismissed' }),
    dispose: () => {},
  };
  const responses: ReminderResponse[] = [];
  const presenter = new ReminderPresenter({
    notifier,
    window: { show: (i) => (screen.window = i), hide: () => (screen.window = null) },
    alwaysShowWindow: () => alwaysWindow,
    onResponse: (_info, response) => responses.push(response),
  });
  const answer = (o: NotificationOutcome) => [...pending.values()].at(-1)?.(o);
  return { presenter, screen, responses, answer };
}

const base = { id: 1, tier: 'stretch' as const, kind: 'due' as const, canSnooze: true, snoozeMin: 5 };
const stretch: ReminderInfo = { ...base, title: 'Time for your Quick desk stretch', body: '3 min, all at your desk.', actions: reminderActions(base) };
const tick = () => new Promise((r) => setImmediate(r));

describe('reminder buttons', () => {
  it('stretch: Start, Snooze, Skip, I already moved (or I was away) — no Snooze once the limit is reached; posture: Done ✓ first; heads-up: none', () => {
    expect(reminderActions(base).map((a) => a.label)).toEqual(['Start stretch', 'Snooze 5 min', 'Skip', 'I already moved']);
    expect(reminderActions({ ...base, canSnooze: false }).map((a) => a.id)).toEqual(['start', 'skip', 'moved']);
    expect(reminderActions({ ...base, askAway: true }).map((a) => a.label)).toEqual(['Start stretch', 'Snooze 5 min', 'Skip', 'I was away from my desk']);
    expect(reminderActions({ ...base, tier: 'posture' }).map((a) => a.label)).toEqual(['Done ✓', 'Do the 30-second reset', 'Skip']);
    expect(reminderActions({ ...base, kind: 'heads-up' })).toEqual([]);
  });
});

describe('reminder presenter', () => {
  it('shows the notification with the reminder buttons, normal urgency, and passes the answer on; then nothing is left on screen', async () => {
    const { presenter, screen, responses, answer } = setup(true);
    const shown = presenter.present(stretch);
    await tick();
    expect([...screen.notifications.values()]).toEqual([expect.objectContaining({ title: stretch.title, urgency: 'normal', actions: stretch.actions })]);
    expect(screen.window).toBeNull();
    answer({ kind: 'action', action: 'snooze' });
    await shown;
    expect(responses).toEqual(['snooze']);
    expect(screen.notifications.size).toBe(0);
    expect(screen.window).toBeNull();
  });

  it('opens the session when the notification body is clicked', async () => {
    const { presenter, responses } = setup(true, { kind: 'clicked' });
    await presenter.present(stretch);
    expect(responses).toEqual(['open']);
  });

  it('shows the reminder window where notifications carry no buttons, and an answer there takes it down', async () => {
    const { presenter, screen, responses } = setup(false, { kind: 'shown' });
    await presenter.present(stretch);
    expect(screen.window?.id).toBe(1);
    expect(responses).toEqual([]);
    expect(presenter.respond(1, 'start')).toBe(true);
    expect(responses).toEqual(['start']);
    expect(screen.window).toBeNull();
  });

  it('falls back to the window when no notification server answers', async () => {
    const { presenter, screen } = setup(true, { kind: 'unavailable', reason: 'no server' });
    await presenter.present(stretch);
    expect(screen.window?.title).toBe(stretch.title);
  });

  it('takes the first answer only: answering in the window closes the notification, and its late answer is ignored', async () => {
    const { presenter, screen, responses, answer } = setup(true, undefined, true);
    const shown = presenter.present(stretch);
    await tick();
    expect(screen.window?.id).toBe(1);
    expect(screen.notifications.size).toBe(1);
    expect(presenter.respond(1, 'skip')).toBe(true);
    expect(screen.notifications.size).toBe(0); // closed on the server, not left behind
    answer({ kind: 'action', action: 'start' });
    await shown;
    expect(responses).toEqual(['skip']);
    expect(presenter.respond(1, 'start')).toBe(false);
  });

  it('a withdrawn reminder leaves every surface, and its buttons then do nothing', async () => {
    const { presenter, screen, responses } = setup(true, undefined, true);
    const shown = presenter.present(stretch);
    await tick();
    presenter.withdraw(1);
    await shown;
    expect(screen.window).toBeNull();
    expect(screen.notifications.size).toBe(0);
    expect(presenter.respond(1, 'start')).toBe(false);
    expect(responses).toEqual([]);
  });

  it('a withdraw for another reminder leaves the current one alone', async () => {
    const { presenter, screen } = setup(false, { kind: 'shown' });
    await presenter.present(stretch);
    presenter.withdraw(99);
    expect(screen.window?.id).toBe(1);
  });
});

describe('unanswered reminders', () => {
  it('an expired notification is reported, so the scheduler records it as missed and never waits forever', async () => {
    const { presenter, responses } = setup(true, { kind: 'timeout' });
    await presenter.present(stretch);
    expect(responses).toEqual(['timeout']);
    expect(presenter.active).toBeNull();
  });

  it('a heads-up needs no answer, shows no window and does not stay current', async () => {
    const { presenter, responses, screen } = setup(true, { kind: 'timeout' });
    await presenter.present({ ...stretch, kind: 'heads-up', actions: [] });
    expect(responses).toEqual([]);
    expect(screen.window).toBeNull();
    expect(presenter.active).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { NotificationOutcome, Notifier, ReminderNotification } from '../../../electron/notify/notifier';
import { actionsFor, ReminderPresenter, type ReminderInfo, type ReminderResponse } from '../../../electron/core/reminders/presenter';

function fakeNotifier(actions: boolean, outcome: NotificationOutcome | Promise<NotificationOutcome>) {
  const sent: ReminderNotification[] = [];
  const notifier: Notifier = {
    name: 'fake',
    notify: (n) => {
      sent.push(n);
      return Promise.resolve(outcome);
    },
    capabilities: () => Promise.resolve({ actions, clicks: actions }),
    dispose: () => {},
  };
  return { notifier, sent };
}

const stretch: ReminderInfo = {
  id: 'r1',
  tier: 'stretch',
  kind: 'due',
  title: 'Time for your Quick desk stretch',
  body: '3 minutes, all at your desk.',
  canSnooze: true,
  snoozeMin: 5,
};

function setup(actions: boolean, outcome: NotificationOutcome | Promise<NotificationOutcome>, alwaysWindow = false) {
  const { notifier, sent } = fakeNotifier(actions, outcome);
  const windowLog: string[] = [];
  const responses: ReminderResponse[] = [];
  const presenter = new ReminderPresenter({
    notifier,
    window: { show: (i) => windowLog.push(`show ${i.id}`), hide: () => windowLog.push('hide') },
    alwaysShowWindow: () => alwaysWindow,
    onResponse: (_info, response) => responses.push(response),
  });
  return { presenter, sent, windowLog, responses };
}

describe('reminder presenter', () => {
  it('offers Start, Snooze and Skip for a stretch break, and no snooze once the limit is reached', () => {
    expect(actionsFor(stretch).map((a) => a.id)).toEqual(['start', 'snooze', 'skip']);
    expect(actionsFor({ ...stretch, canSnooze: false }).map((a) => a.id)).toEqual(['start', 'skip']);
    expect(actionsFor({ ...stretch, tier: 'posture' }).map((a) => a.id)).toEqual(['start', 'skip']);
    expect(actionsFor({ ...stretch, kind: 'heads-up' })).toEqual([]);
  });

  it('passes the action chosen in the notification to the scheduler', async () => {
    const { presenter, sent, responses, windowLog } = setup(true, { kind: 'action', action: 'snooze' });
    await presenter.present(stretch);
    expect(sent[0]?.title).toBe('Time for your Quick desk stretch');
    expect(responses).toEqual(['snooze']);
    expect(windowLog).toEqual(['hide', 'hide']);
  });

  it('opens the session when the notification body is clicked', async () => {
    const { presenter, responses } = setup(true, { kind: 'clicked' });
    await presenter.present(stretch);
    expect(responses).toEqual(['open']);
  });

  it('shows the reminder window where notifications carry no buttons', async () => {
    const { presenter, responses, windowLog } = setup(false, { kind: 'shown' });
    await presenter.present(stretch);
    expect(windowLog).toContain('show r1');
    expect(responses).toEqual([]);
    expect(presenter.respond('r1', 'start')).toBe(true);
    expect(responses).toEqual(['start']);
  });

  it('falls back to the window when no notification server answers', async () => {
    const { presenter, windowLog } = setup(true, { kind: 'unavailable', reason: 'no server' });
    await presenter.present(stretch);
    expect(windowLog).toContain('show r1');
  });

  it('takes the first answer only: a late notification action after a window answer is ignored', async () => {
    let resolve!: (o: NotificationOutcome) => void;
    const { presenter, responses } = setup(true, new Promise((r) => (resolve = r)), true);
    const shown = presenter.present(stretch);
    await Promise.resolve();
    await Promise.resolve();
    expect(presenter.respond('r1', 'skip')).toBe(true);
    resolve({ kind: 'action', action: 'start' });
    await shown;
    expect(responses).toEqual(['skip']);
    expect(presenter.respond('r1', 'start')).toBe(false);
  });
});

describe('unanswered reminders', () => {
  it('report a timeout so the scheduler never waits forever', async () => {
    const { presenter, responses } = setup(true, { kind: 'timeout' });
    await presenter.present(stretch);
    expect(responses).toEqual(['timeout']);
    expect(presenter.active).toBeNull();
  });

  it('a heads-up needs no answer and does not stay current', async () => {
    const { presenter, responses, windowLog } = setup(true, { kind: 'timeout' });
    await presenter.present({ ...stretch, kind: 'heads-up' });
    expect(responses).toEqual([]);
    expect(windowLog).not.toContain('show r1');
    expect(presenter.active).toBeNull();
  });
});

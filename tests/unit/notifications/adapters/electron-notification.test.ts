// The macOS adapter over Electron's Notification, driven through a fake class with the same events.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ElectronNotificationNotifier,
  type NativeNotification,
  type NativeNotificationOptions,
} from '../../../../electron/notifications/adapters/electron-notification';
import type { ReminderNotification } from '../../../../electron/ports/notifier';
import { chooseNotifier } from '../../../../electron/notifications/adapters/notifier';
import { reminderActions } from '../../../../electron/breaks/common/wording';

const REMINDER_ACTIONS = reminderActions({ tier: 'stretch', kind: 'due', canSnooze: true, snoozeMin: 5 });

// Accepts every listener shape the adapter registers; emit() plays the arguments back.
type Listener = (...args: never[]) => void;

/** Records what the adapter did and lets the test play the user (or macOS). */
class FakeNotification implements NativeNotification {
  static supported = true;
  static instances: FakeNotification[] = [];
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  readonly listeners = new Map<string, Listener>();
  shown = false;
  closed = 0;
  constructor(readonly options: NativeNotificationOptions) {
    FakeNotification.instances.push(this);
  }
  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }
  show(): void {
    this.shown = true;
  }
  close(): void {
    this.closed += 1;
  }
  emit(event: string, ...args: unknown[]): void {
    (this.listeners.get(event) as ((...a: unknown[]) => void) | undefined)?.(...args);
  }
}

const reminder: ReminderNotification = {
  id: 'stretch-1',
  title: 'Stretch break: Lower-back reset',
  body: 'Four gentle moves, about 5 minutes.',
  actions: [...REMINDER_ACTIONS],
  urgency: 'normal',
  timeoutSec: 120,
};

let notifier: ElectronNotificationNotifier;
const last = () => FakeNotification.instances.at(-1)!;

beforeEach(() => {
  FakeNotification.instances = [];
  FakeNotification.supported = true;
  notifier = new ElectronNotificationNotifier({ Notification: FakeNotification, icon: '/Applications/Limber.app/icon.png' });
});
afterEach(() => vi.useRealTimers());

describe('ElectronNotificationNotifier', () => {
  it('shows the buttons, no reply field, silently, and keeps it up until Limber closes it', async () => {
    const pending = notifier.notify(reminder);
    expect(last().shown).toBe(true);
    expect(last().options).toEqual({
      title: reminder.title,
      body: reminder.body,
      silent: true,
      hasReply: false,
      timeoutType: 'never',
      urgency: 'normal',
      actions: [
        { type: 'button', text: 'Start stretch' },
        { type: 'button', text: 'Snooze 5 min' },
        { type: 'button', text: 'Skip' },
        { type: 'button', text: 'I already moved' },
      ],
      closeButtonText: 'Dismiss',
      icon: '/Applications/Limber.app/icon.png',
    });
    last().emit('action', { actionIndex: 1 }, 1);
    expect(await pending).toEqual({ kind: 'action', action: 'snooze' });
    expect(last().closed).toBe(1);
  });

  it('maps the legacy action index, a click, a close and a failure', async () => {
    const a = notifier.notify(reminder);
    last().emit('action', {}, 2);
    expect(await a).toEqual({ kind: 'action', action: 'skip' });

    const b = notifier.notify(reminder);
    last().emit('click', {});
    expect(await b).toEqual({ kind: 'clicked' });

    const c = notifier.notify(reminder);
    last().emit('close', { reason: 'userCanceled' });
    expect(await c).toEqual({ kind: 'dismissed' });
    expect(last().closed).toBe(0); // already gone: not closed again

    const d = notifier.notify(reminder);
    last().emit('close', { reason: 'timedOut' });
    expect(await d).toEqual({ kind: 'timeout' });

    const e = notifier.notify(reminder);
    last().emit('failed', {}, 'Notifications are turned off for Limber');
    expect(await e).toEqual({ kind: 'unavailable', reason: 'Notifications are turned off for Limber' });
  });

  it('answers once: later events change nothing', async () => {
    const p = notifier.notify(reminder);
    last().emit('action', { actionIndex: 0 });
    last().emit('close', { reason: 'userCanceled' });
    last().emit('click', {});
    expect(await p).toEqual({ kind: 'action', action: 'start' });
  });

  it('closes the notification itself when the reminder’s time is up', async () => {
    vi.useFakeTimers();
    const p = notifier.notify({ ...reminder, timeoutSec: 30 });
    vi.advanceTimersByTime(29_999);
    expect(last().closed).toBe(0);
    vi.advanceTimersByTime(1);
    expect(await p).toEqual({ kind: 'timeout' });
    expect(last().closed).toBe(1);
  });

  it('never sends critical (sticky, ignores Do Not Disturb) and cleans labels', () => {
    const options = notifier.buildOptions({ ...reminder, urgency: 'critical', actions: [{ id: 'skip', label: 'Skip, today' }] });
    expect(options.urgency).toBe('normal');
    expect(options.actions).toEqual([{ type: 'button', text: 'Skip  today' }]);
  });

  it('reports unavailable when notifications are unsupported, the constructor throws, or it was disposed', async () => {
    FakeNotification.supported = false;
    expect(await notifier.capabilities()).toEqual({ actions: false, clicks: false });
    expect((await notifier.notify(reminder)).kind).toBe('unavailable');
    FakeNotification.supported = true;

    class Throwing extends FakeNotification {
      constructor(options: NativeNotificationOptions) {
        super(options);
        throw new Error('no bundle identifier');
      }
    }
    const broken = new ElectronNotificationNotifier({ Notification: Throwing });
    expect(await broken.notify(reminder)).toEqual({ kind: 'unavailable', reason: 'no bundle identifier' });

    const pending = notifier.notify(reminder);
    notifier.dispose();
    expect(await pending).toEqual({ kind: 'unavailable', reason: 'notifier disposed' });
    expect(last().closed).toBe(1);
    expect(await notifier.notify(reminder)).toEqual({ kind: 'unavailable', reason: 'notifier disposed' });
  });

  it('close(id) takes down that reminder’s notification only', async () => {
    const a = notifier.notify({ ...reminder, id: 'a' });
    const first = last();
    const b = notifier.notify({ ...reminder, id: 'b' });
    notifier.close('a');
    expect(await a).toEqual({ kind: 'dismissed' });
    expect(first.closed).toBe(1);
    expect(last().closed).toBe(0);
    last().emit('click', {});
    expect(await b).toEqual({ kind: 'clicked' });
  });

  it('is the macOS and Windows path when main passes Electron’s class in', () => {
    expect(chooseNotifier('darwin', { electronNotification: FakeNotification }).name).toBe('electron-notification');
    expect(chooseNotifier('darwin').name).toBe('node-notifier:notification-center');
    expect(chooseNotifier('win32', { electronNotification: FakeNotification }).name).toBe('electron-notification');
    expect(chooseNotifier('win32').name).toBe('node-notifier:windows-toaster');
    expect(chooseNotifier('linux', { electronNotification: FakeNotification }).name).toBe('notify-send');
  });

  it('after the system refuses one notification (an unsigned macOS build), asks for the reminder window at once', async () => {
    expect(await notifier.capabilities()).toEqual({ actions: true, clicks: true });
    const first = notifier.notify(reminder);
    last().emit('failed', {}, 'Notifications are not allowed for this application');
    expect(await first).toEqual({ kind: 'unavailable', reason: 'Notifications are not allowed for this application' });
    // The presenter reads this before the next reminder: no buttons here, so the window shows them.
    expect(await notifier.capabilities()).toEqual({ actions: false, clicks: false });
    const made = FakeNotification.instances.length;
    expect(await notifier.notify(reminder)).toEqual({ kind: 'unavailable', reason: 'Notifications are not allowed for this application' });
    expect(FakeNotification.instances).toHaveLength(made);
  });
});

describe('Windows: answers that come through Notification.handleActivation', () => {
  let activate: ((details: { type: string; actionIndex?: number }) => void) | null = null;
  class WindowsNotification extends FakeNotification {
    static handleActivation(callback: (details: { type: string; actionIndex?: number }) => void): void {
      activate = callback;
    }
  }

  it('a button pressed on a toast in the Action Center answers the reminder on screen', async () => {
    const opened: string[] = [];
    const windows = new ElectronNotificationNotifier({ Notification: WindowsNotification, onStrayActivation: () => opened.push('window') });
    const answer = windows.notify(reminder);
    expect(last().options).toMatchObject({ timeoutType: 'never', actions: [{ type: 'button', text: 'Start stretch' }, { type: 'button', text: 'Snooze 5 min' }, { type: 'button', text: 'Skip' }, { type: 'button', text: 'I already moved' }] });
    activate!({ type: 'action', actionIndex: 1 });
    expect(await answer).toEqual({ kind: 'action', action: 'snooze' });
    // A stale toast answered after its reminder ended (or after a restart) opens Limber instead.
    activate!({ type: 'click' });
    expect(opened).toEqual(['window']);
  });
});

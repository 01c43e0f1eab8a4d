// The notifier's platform choice and its node-notifier mapping (macOS and Windows callbacks), with
// node-notifier's instance replaced by a fake: these platforms cannot run here, their contract can.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DESKTOP_ENTRY_ID,
  mapNodeNotifierResult,
  NodeNotifierNotifier,
  type NodeNotifierBackend,
  type NodeNotifierCallback,
} from '../../electron/notifications/adapters/node-notifier';
import { reminderActions } from '../../electron/breaks/common/wording';
import type { ReminderNotification } from '../../electron/ports/notifier';
import { chooseNotifier } from '../../electron/notifications/adapters/notifier';
import { ElectronNotificationNotifier } from '../../electron/notifications/adapters/electron-notification';

const REMINDER_ACTIONS = reminderActions({ tier: 'stretch', kind: 'due', canSnooze: true, snoozeMin: 5 });
import { NotifySendNotifier, versionAtLeast } from '../../electron/notifications/adapters/notify-send';

const reminder: ReminderNotification = {
  id: 'stretch-1',
  title: 'Stretch break: Lower-back reset',
  body: 'Four gentle moves, about 5 minutes.',
  actions: [...REMINDER_ACTIONS],
  timeoutSec: 30,
};

function fake(): NodeNotifierBackend & {
  calls: Array<{ options: Record<string, unknown>; cb: NodeNotifierCallback }>;
} {
  const calls: Array<{ options: Record<string, unknown>; cb: NodeNotifierCallback }> = [];
  return { calls, notify: (options, cb) => calls.push({ options, cb }) };
}

describe('chooseNotifier', () => {
  it('picks node-notifier on macOS and Windows, notify-send on Linux and the BSDs', () => {
    const names = (['darwin', 'win32', 'linux', 'freebsd', 'aix'] as const).map((p) => chooseNotifier(p).name);
    expect(names).toEqual([
      'node-notifier:notification-center',
      'node-notifier:windows-toaster',
      'notify-send',
      'notify-send',
      'unavailable',
    ]);
  });
});

describe('node-notifier results → outcomes', () => {
  const map = (response: unknown, metadata?: unknown) =>
    mapNodeNotifierResult(null, response, metadata, REMINDER_ACTIONS);
  it('macOS (terminal-notifier JSON)', () => {
    expect(map('activate', { activationType: 'actionClicked', activationValue: 'Snooze 5 min' })).toEqual({
      kind: 'action',
      action: 'snooze',
    });
    expect(map('activate', { activationType: 'contentsClicked' })).toEqual({ kind: 'clicked' });
    expect(map('timeout', { activationType: 'timeout' })).toEqual({ kind: 'timeout' });
    expect(map('closed', { activationType: 'closed', activationValue: 'Dismiss' })).toEqual({ kind: 'dismissed' });
  });
  it('Windows (SnoreToast)', () => {
    expect(map('start stretch', { action: 'buttonClicked', button: 'Start stretch' })).toEqual({
      kind: 'action',
      action: 'start',
    });
    expect(map('skip', {})).toEqual({ kind: 'action', action: 'skip' });
    expect(map('activate', { action: 'activate' })).toEqual({ kind: 'clicked' });
    expect(map('timeout', { action: 'timedout' })).toEqual({ kind: 'timeout' });
    expect(map('dismissed', { action: 'dismissed' })).toEqual({ kind: 'dismissed' });
  });
  it('errors and junk', () => {
    expect(mapNodeNotifierResult(new Error('Command failed: x\nno toast'), '', {}, [])).toEqual({
      kind: 'unavailable',
      reason: 'no toast',
    });
    expect(map(42, 'not an object')).toEqual({ kind: 'dismissed' });
    expect(map(undefined, { activationValue: 7 })).toEqual({ kind: 'dismissed' });
  });
});

describe('NodeNotifierNotifier', () => {
  it('passes the buttons to terminal-notifier and SnoreToast', () => {
    const mac = new NodeNotifierNotifier({ backend: 'notification-center', instance: fake() }).buildOptions(reminder);
    expect(mac).toMatchObject({ actions: ['Start stretch', 'Snooze 5 min', 'Skip', 'I already moved'], timeout: 30, wait: true });
    const win = new NodeNotifierNotifier({ backend: 'windows-toaster', instance: fake() }).buildOptions(reminder);
    expect(win).toMatchObject({ actions: ['Start stretch', 'Snooze 5 min', 'Skip', 'I already moved'], appID: 'app.limber.desktop' });
    const labels = new NodeNotifierNotifier({ backend: 'windows-toaster', instance: fake() }).buildOptions({
      ...reminder,
      actions: [{ id: 'skip', label: 'Skip; today, please' }],
    });
    expect(labels.actions).toEqual(['Skip  today  please']); // SnoreToast splits on ';', terminal-notifier on ','
  });

  it("the Linux fallback names Limber's desktop file (desktop-entry hint) for per-app settings and grouping", () => {
    const linux = new NodeNotifierNotifier({ backend: 'notify-send', instance: fake() }).buildOptions(reminder);
    expect(linux).toMatchObject({ hint: 'string:desktop-entry:app.limber.desktop', 'app-name': 'Limber' });
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { desktopName: string };
    expect(`${DESKTOP_ENTRY_ID}.desktop`).toBe(pkg.desktopName);
  });

  it('resolves once from the first callback, and dispose settles a pending call', async () => {
    const backend = fake();
    const n = new NodeNotifierNotifier({ backend: 'windows-toaster', instance: backend });
    const p = n.notify(reminder);
    backend.calls[0]?.cb(null, 'snooze 5 min', { button: 'Snooze 5 min' });
    backend.calls[0]?.cb(null, 'dismissed', {});
    expect(await p).toEqual({ kind: 'action', action: 'snooze' });

    const q = n.notify(reminder);
    n.dispose();
    expect(await q).toEqual({ kind: 'unavailable', reason: 'notifier disposed' });
    expect(await n.notify(reminder)).toEqual({ kind: 'unavailable', reason: 'notifier disposed' });
  });

  it('Windows: a toast that hid itself (SnoreToast "timedout") is posted-but-unanswerable, not an unanswered reminder', async () => {
    const backend = fake();
    const n = new NodeNotifierNotifier({ backend: 'windows-toaster', instance: backend });
    const p = n.notify(reminder);
    backend.calls[0]?.cb(null, 'timeout', { action: 'timedout' });
    // 'shown' makes the presenter offer the reminder window for the rest of the reminder.
    expect(await p).toEqual({ kind: 'shown' });
    // macOS's terminal-notifier did wait the whole timeout: there a timeout is a timeout.
    const mac = fake();
    const m = new NodeNotifierNotifier({ backend: 'notification-center', instance: mac }).notify(reminder);
    mac.calls[0]?.cb(null, 'timeout', { activationType: 'timeout' });
    expect(await m).toEqual({ kind: 'timeout' });
  });

  it('never throws when node-notifier does', async () => {
    const n = new NodeNotifierNotifier({
      backend: 'notification-center',
      instance: {
        notify: () => {
          throw new TypeError('boom');
        },
      },
    });
    expect(await n.notify(reminder)).toEqual({ kind: 'unavailable', reason: 'boom' });
  });
});

describe('NotifySendNotifier arguments', () => {
  it('is an argv array with -- before the texts; control characters are dropped', () => {
    const args = new NotifySendNotifier({ icon: '/opt/Limber/icon.png' }).buildArgs({
      ...reminder,
      title: '--urgency=critical',
      body: 'line one\r\nline two\u0000\u0007',
      urgency: 'low',
      timeoutSec: 0,
    });
    expect(args).toEqual([
      '--app-name=Limber',
      '--print-id',
      '--wait',
      '--urgency=low',
      '--expire-time=1000',
      '--hint=string:desktop-entry:app.limber.desktop',
      '--icon=/opt/Limber/icon.png',
      '--action=default=Open Limber',
      '--action=start=Start stretch',
      '--action=snooze=Snooze 5 min',
      '--action=skip=Skip',
      '--action=moved=I already moved',
      '--',
      '--urgency=critical',
      'line one\nline two',
    ]);
  });
  it('needs libnotify 0.7.10 for actions', () => {
    expect(versionAtLeast([0, 7, 9], [0, 7, 10])).toBe(false);
    expect(versionAtLeast([0, 7, 10], [0, 7, 10])).toBe(true);
    expect(versionAtLeast([0, 8, 1], [0, 7, 10])).toBe(true);
    expect(versionAtLeast([1, 0, 0], [0, 7, 10])).toBe(true);
  });
});

// The Notifier port's promises, kept by every adapter that can carry the buttons: Windows goes
// through Electron's Notification now, with node-notifier's SnoreToast as the plain-Node fallback.
describe.each([
  [
    'Electron Notification (macOS, Windows)',
    (fail: boolean) =>
      new ElectronNotificationNotifier({
        Notification: class {
          static isSupported = () => true;
          constructor() {
            if (fail) throw new Error('no toast here');
          }
          on() {
            return this;
          }
          show() {}
          close() {}
        },
      }),
  ],
  [
    'node-notifier SnoreToast (Windows without Electron)',
    (fail: boolean) =>
      new NodeNotifierNotifier({
        backend: 'windows-toaster',
        instance: {
          notify: () => {
            if (fail) throw new Error('no toast here');
          },
        },
      }),
  ],
])('Notifier contract: %s', (_name, make) => {
  it('offers the buttons, settles a pending reminder on dispose, and answers unavailable afterwards', async () => {
    const notifier = make(false);
    expect(await notifier.capabilities()).toEqual({ actions: true, clicks: true });
    const pending = notifier.notify(reminder);
    notifier.dispose();
    expect(await pending).toEqual({ kind: 'unavailable', reason: 'notifier disposed' });
    expect(await notifier.notify(reminder)).toMatchObject({ kind: 'unavailable' });
  });

  it('never throws when the system does: the reminder is unavailable, with the reason', async () => {
    expect(await make(true).notify(reminder)).toEqual({ kind: 'unavailable', reason: 'no toast here' });
  });
});

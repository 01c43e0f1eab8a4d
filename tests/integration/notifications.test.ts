// Real notifications on Linux: node-notifier and Limber's notify-send path post to dunst on a private
// D-Bus session bus under Xvfb; dbus-monitor captures the org.freedesktop.Notifications traffic.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromSettings } from '../../electron/breaks/common/config';
import { BreakRuntime } from '../../electron/breaks/node/runtime';
import { ReminderPresenter } from '../../electron/breaks/node/reminder-presenter';
import { DEFAULT_SETTINGS } from '../../electron/settings/common/schema';
import { NodeNotifierNotifier } from '../../electron/notifications/adapters/node-notifier';
import { reminderActions } from '../../electron/breaks/common/wording';
import type { ReminderNotification } from '../../electron/ports/notifier';
import { reminderCommand } from '../../electron/breaks/node/reminder-presenter';

const REMINDER_ACTIONS = reminderActions({ tier: 'stretch', kind: 'due', canSnooze: true, snoozeMin: 5 });
import { NotifySendNotifier } from '../../electron/notifications/adapters/notify-send';
import {
  ProcessGroup,
  parseActionInvoked,
  parseNotifyCalls,
  requireBinaries,
  run,
  startBus,
  startDesktop,
  waitFor,
  type Desktop,
  type NotifyCall,
} from './desktop-session';

const group = new ProcessGroup();
process.once('exit', () => group.killSync());
let desktop: Desktop;

function stretchBreak(overrides: Partial<ReminderNotification> = {}): ReminderNotification {
  return {
    id: `stretch-${Math.random().toString(36).slice(2, 8)}`,
    title: 'Stretch break: Lower-back reset',
    body: 'Four gentle moves, about 5 minutes. Stand up slowly and ease into the first one.',
    actions: [...REMINDER_ACTIONS],
    urgency: 'normal',
    timeoutSec: 15,
    ...overrides,
  };
}

/** The Notify call with this summary, once dbus-monitor has printed it. */
/**
 * 15 s: these tests judge what reaches the server, not how fast. In one CI run, beside the e2e run's
 * two Chromiums, a second notify-send started at once took over 5 s to reach the bus.
 */
function captured(summary: string, nth = 0): Promise<NotifyCall> {
  return waitFor(
    `a Notify call titled "${summary}"`,
    () => parseNotifyCalls(desktop.monitor.output()).filter((c) => c.summary === summary)[nth],
    15_000,
  );
}

/** Clears dunst's screen, so `dunstctl close`/`action 0` act on the next notification posted. */
async function closeAll(): Promise<void> {
  const r = await run('dunstctl', ['close-all'], desktop.env);
  expect(r.code, r.stderr).toBe(0);
}

/** Runs fn with this process's bus address pointed at `address` (node-notifier reads process.env). */
async function withProcessBus<T>(address: string, fn: () => Promise<T>): Promise<T> {
  const saved = process.env.DBUS_SESSION_BUS_ADDRESS;
  process.env.DBUS_SESSION_BUS_ADDRESS = address;
  try {
    return await fn();
  } finally {
    if (saved === undefined) delete process.env.DBUS_SESSION_BUS_ADDRESS;
    else process.env.DBUS_SESSION_BUS_ADDRESS = saved;
  }
}

describe.runIf(process.platform === 'linux')('notifications on a real Linux desktop (private D-Bus + dunst)', () => {
  beforeAll(async () => {
    requireBinaries();
    try {
      desktop = await startDesktop(group);
    } catch (e) {
      throw new Error(`${e instanceof Error ? e.message : String(e)}\n${group.describe()}`);
    }
    console.info(`[notifications] spawned:\n  ${group.commands.join('\n  ')}`);
  });

  afterAll(async () => {
    await group.stopAll();
  });

  it('posts a stretch-break reminder through node-notifier and through notify-send, with app name, title and body', async () => {
    // node-notifier (its NotifySend backend, the Linux fallback): posts and returns; no feedback.
    const viaNodeNotifier = stretchBreak({ title: 'Stretch break: Hip opener (node-notifier)' });
    const nn = new NodeNotifierNotifier({ backend: 'notify-send' });
    const nnOutcome = await withProcessBus(desktop.busAddress, () => nn.notify(viaNodeNotifier));
    expect(nnOutcome).toEqual({ kind: 'shown' });
    const a = await captured(viaNodeNotifier.title);
    expect(a).toMatchObject({ appName: 'Limber', summary: viaNodeNotifier.title, body: viaNodeNotifier.body });
    expect(a.actions).toEqual([]); // node-notifier passes no actions on Linux: why Limber calls notify-send itself

    // Limber's Linux path: same text, plus the three buttons and the body-click action.
    await closeAll();
    const linux = new NotifySendNotifier({ env: desktop.env });
    expect(await linux.detect()).toMatchObject({ kind: 'actions' });
    const reminder = stretchBreak();
    const pending = linux.notify(reminder);
    const b = await captured(reminder.title);
    expect(b).toMatchObject({ appName: 'Limber', summary: reminder.title, body: reminder.body, expireTimeout: 15_000 });
    expect(b.actions).toEqual([
      'default',
      'Open Limber',
      'start',
      'Start stretch',
      'snooze',
      'Snooze 5 min',
      'skip',
      'Skip',
      'moved',
      'I already moved',
    ]);
    // The user closes it: the notifier reports a dismissal, not an action.
    expect((await run('dunstctl', ['close'], desktop.env)).code).toBe(0);
    expect(await pending).toEqual({ kind: 'dismissed' });

    // Hostile text reaches the server verbatim: no shell, and `--` keeps it from being read as options.
    const hostile = stretchBreak({
      title: '--app-name=Evil',
      body: '$(touch /tmp/limber-pwned) `id` "q" \'s\' ; --urgency=low',
    });
    const h = linux.notify({ ...hostile, timeoutSec: 1 });
    const c = await captured(hostile.title);
    expect(c).toMatchObject({ appName: 'Limber', summary: hostile.title, body: hostile.body });
    expect(await h).toEqual({ kind: 'timeout' });
    linux.dispose();
  });

  it('reports the action the user picks in the notification, and snooze moves the next deadline', async () => {
    const linux = new NotifySendNotifier({ env: desktop.env });
    const reminder = stretchBreak({ title: 'Stretch break: Seated figure-four' });

    // The real chain: the scheduler (on a fake clock) fires the break, the presenter posts it
    // through notify-send, the user picks Snooze in dunst, and the scheduler moves the deadline.
    const clock = { wall: Date.UTC(2026, 0, 12, 9, 15, 0), mono: 0 };
    let presented: Promise<void> = Promise.resolve();
    const presenter = new ReminderPresenter({
      notifier: linux,
      window: { show: () => {}, hide: () => {} },
      alwaysShowWindow: () => false,
      onResponse: (info, response) => {
        if (response === 'snooze') runtime.respond(info.id, 'snooze');
      },
    });
    const runtime: BreakRuntime = new BreakRuntime({
      config: configFromSettings({ ...DEFAULT_SETTINGS, postureChecksEnabled: false, headsUpSec: 0 }),
      clock: { now: () => clock.wall, monotonic: () => clock.mono },
      timers: { set: () => 0, clear: () => {} },
      idle: { idleSeconds: () => 0 },
      onEffect: (e) => {
        if (e.type === 'remind' && e.kind === 'due') {
          presented = presenter.present({ id: e.id, tier: 'stretch', kind: 'due', title: reminder.title, body: reminder.body, canSnooze: true, snoozeMin: 5, actions: REMINDER_ACTIONS });
        }
      },
    });

    await closeAll();
    desktop.chooseInMenu('snooze');
    clock.wall += 45 * 60_000; // 45 minutes of desk work later…
    clock.mono += 45 * 60_000;
    runtime.refresh(); // …the scheduler wakes and the break is due
    expect(runtime.status().showing).toBe('stretch');
    await captured(reminder.title);
    // The user opens the notification's menu and picks "Snooze 5 min"; dunst emits ActionInvoked.
    const ctx = await run('dunstctl', ['context'], desktop.env);
    expect(ctx.code, ctx.stderr).toBe(0);
    await presented;

    const id = Number(/\[(\d+),snooze\]/.exec(desktop.lastMenu())?.[1]);
    expect(id).toBeGreaterThan(0);
    expect(parseActionInvoked(desktop.monitor.output())).toContainEqual({ id, action: 'snooze' });

    const status = runtime.status();
    expect(status.showing).toBeNull();
    expect(status.stretchAt).toBe(clock.wall + 5 * 60_000);
    expect(status.snoozesLeft).toBe(DEFAULT_SETTINGS.maxSnoozes - 1);
    runtime.dispose();

    // A click on the notification itself (dunst's default action) reports 'clicked' → open the session.
    await closeAll();
    const clicked = stretchBreak({ title: 'Stretch break: Standing back bend' });
    const p2 = linux.notify(clicked);
    await captured(clicked.title);
    expect((await run('dunstctl', ['action', '0'], desktop.env)).code).toBe(0);
    const o2 = await p2;
    expect(o2).toEqual({ kind: 'clicked' });
    expect(reminderCommand(o2)).toBe('open');
    linux.dispose();
  });

  it('an old notify-send without --action falls back to node-notifier (posts, no buttons)', async () => {
    const old = join(group.dir, 'notify-send-0.7.9');
    writeFileSync(
      old,
      '#!/bin/sh\n[ "$1" = --version ] && echo "notify-send 0.7.9" && exit 0\necho "called with $*" >&2; exit 3\n',
    );
    chmodSync(old, 0o755);
    const linux = new NotifySendNotifier({
      env: desktop.env,
      command: old,
      fallback: new NodeNotifierNotifier({ backend: 'notify-send' }),
    });
    expect(await linux.detect()).toEqual({ kind: 'no-actions', version: '0.7.9' });
    expect(await linux.capabilities()).toEqual({ actions: false, clicks: false });
    const reminder = stretchBreak({ title: 'Stretch break: Knee-to-chest (fallback)' });
    expect(await withProcessBus(desktop.busAddress, () => linux.notify(reminder))).toEqual({ kind: 'shown' });
    const c = await captured(reminder.title);
    expect(c).toMatchObject({ appName: 'Limber', body: reminder.body, actions: [] });
  });

  it('dispose closes a live notification on the server and resolves it', async () => {
    const linux = new NotifySendNotifier({ env: desktop.env });
    const reminder = stretchBreak({ title: 'Stretch break: Cat-cow', timeoutSec: 600 });
    const pending = linux.notify(reminder);
    await captured(reminder.title);
    const closedBefore = (desktop.monitor.output().match(/member=NotificationClosed/g) ?? []).length;
    linux.dispose();
    expect(await pending).toEqual({ kind: 'unavailable', reason: 'notifier disposed' });
    await waitFor('the notification to be closed on the server', () =>
      (desktop.monitor.output().match(/member=NotificationClosed/g) ?? []).length > closedBefore ? true : undefined,
    );
  });

  it('a withdrawn reminder is closed on the server, and only that one', async () => {
    const linux = new NotifySendNotifier({ env: desktop.env });
    const keep = stretchBreak({ title: 'Stretch break: still wanted', timeoutSec: 600 });
    const withdraw = stretchBreak({ title: 'Stretch break: withdrawn', timeoutSec: 600 });
    const kept = linux.notify(keep);
    const pending = linux.notify(withdraw);
    const call = await captured(withdraw.title);
    await captured(keep.title);
    const closedBefore = (desktop.monitor.output().match(/member=NotificationClosed/g) ?? []).length;
    const closeCallsBefore = (desktop.monitor.output().match(/member=CloseNotification/g) ?? []).length;
    linux.close(withdraw.id);
    expect(await pending).toEqual({ kind: 'dismissed' });
    await waitFor('the withdrawn notification to be closed on the server', () =>
      (desktop.monitor.output().match(/member=NotificationClosed/g) ?? []).length > closedBefore ? true : undefined,
    );
    // notify-send, interrupted, calls org.freedesktop.Notifications.CloseNotification with its id.
    expect((desktop.monitor.output().match(/member=CloseNotification/g) ?? []).length).toBe(closeCallsBefore + 1);
    expect(call.summary).toBe(withdraw.title);
    linux.dispose();
    expect((await kept).kind).toBe('unavailable'); // still live until now: only the withdrawn one was closed
  });

  it('with no notification server on the bus, every path reports unavailable and nothing throws', async () => {
    const bareBus = await startBus(group, 'bare-bus');
    const env = { PATH: process.env.PATH, DBUS_SESSION_BUS_ADDRESS: bareBus };
    const started = Date.now();

    const linux = new NotifySendNotifier({ env });
    const a = await linux.notify(stretchBreak());
    expect(a.kind).toBe('unavailable');

    const nn = new NodeNotifierNotifier({ backend: 'notify-send' });
    const b = await withProcessBus(bareBus, () => nn.notify(stretchBreak()));
    expect(b.kind).toBe('unavailable');

    const noBus = new NotifySendNotifier({
      env: { PATH: process.env.PATH, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' },
    });
    expect((await noBus.notify(stretchBreak())).kind).toBe('unavailable');

    const notInstalled = new NotifySendNotifier({ env, command: '/nonexistent/notify-send' });
    expect(await notInstalled.notify(stretchBreak())).toEqual({
      kind: 'unavailable',
      reason: 'notify-send is not installed (Debian/Ubuntu package libnotify-bin)',
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    console.info(`[notifications] no-server reasons: ${JSON.stringify([a, b])}`);
  });
});

describe.runIf(process.platform !== 'linux')('notifications on a real Linux desktop', () => {
  it('runs on Linux only', () => {
    console.warn(`[notifications] NOT RUN: the D-Bus notification test needs Linux (this is ${process.platform}).`);
  });
});

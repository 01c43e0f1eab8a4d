// What urgency each reminder kind carries, read from the real Notify call: GNOME shows no banner for
// low urgency (KDE only if the user opts in), and critical is sticky and breaks through Do Not
// Disturb. The presenter posts through notify-send to dunst on a private bus; dbus-monitor captures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reminderActions } from '../../electron/breaks/common/wording';
import { ReminderPresenter } from '../../electron/breaks/node/reminder-presenter';
import { NotifySendNotifier } from '../../electron/notifications/adapters/notify-send';
import { ProcessGroup, parseNotifyCalls, requireBinaries, run, startDesktop, waitFor, type Desktop } from './desktop-session';

const group = new ProcessGroup();
process.once('exit', () => group.killSync());
let desktop: Desktop;

const closeAll = async () => expect((await run('dunstctl', ['close-all'], desktop.env)).code).toBe(0);

describe.runIf(process.platform === 'linux')('reminder urgency on the real D-Bus capture', () => {
  beforeAll(async () => {
    requireBinaries();
    desktop = await startDesktop(group);
  });
  afterAll(async () => {
    await group.stopAll();
  });

  it('every reminder kind goes out with normal urgency (the hint byte is 1)', async () => {
    const linux = new NotifySendNotifier({ env: desktop.env });
    const presenter = new ReminderPresenter({
      notifier: linux,
      window: { show: () => {}, hide: () => {} },
      alwaysShowWindow: () => false,
      onResponse: () => {},
    });
    const kinds = [
      { tier: 'stretch', kind: 'heads-up', title: 'Stretch break in 1 minute (urgency)' },
      { tier: 'posture', kind: 'due', title: 'Posture check (urgency)' },
      { tier: 'stretch', kind: 'due', title: 'Stretch break: Hip hinge (urgency)' },
    ] as const;
    const seen: Record<string, number | null> = {};
    for (const [i, k] of kinds.entries()) {
      await closeAll();
      const r = { ...k, canSnooze: true, snoozeMin: 5 };
      const shown = presenter.present({ id: 100 + i, ...r, body: 'Sit back, feet flat.', actions: reminderActions(r) });
      const call = await waitFor(`a Notify call titled "${k.title}"`, () =>
        parseNotifyCalls(desktop.monitor.output()).find((c) => c.summary === k.title),
      );
      seen[`${k.tier} ${k.kind}`] = call.urgency;
      await closeAll();
      await shown;
    }
    expect(seen).toEqual({ 'stretch heads-up': 1, 'posture due': 1, 'stretch due': 1 });
    linux.dispose();
  });
});

describe.runIf(process.platform !== 'linux')('reminder urgency on the real D-Bus capture', () => {
  it('runs on Linux only', () => {
    console.warn(`[notification-urgency] NOT RUN: the D-Bus capture needs Linux (this is ${process.platform}).`);
  });
});

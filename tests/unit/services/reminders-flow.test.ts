import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createServices } from '../../../electron/core/app-services';
import type { NotificationOutcome, Notifier, ReminderNotification } from '../../../electron/notify/notifier';
import { confBackend } from '../../support/conf-backend';

/** The whole main-side chain on a fake clock: scheduler → reminder → notification → answer → history. */
async function setup(outcome: NotificationOutcome) {
  const clock = { wall: Date.UTC(2026, 10, 24, 9), mono: 0 };
  const sent: ReminderNotification[] = [];
  const opened: string[] = [];
  const events: string[] = [];
  let timer: { at: number; cb: () => void } | null = null;
  const notifier: Notifier = {
    name: 'fake',
    notify: (n) => {
      sent.push(n);
      return Promise.resolve(n.actions?.length ? outcome : { kind: 'timeout' });
    },
    capabilities: () => Promise.resolve({ actions: true, clicks: true }),
    dispose: () => {},
  };
  const services = await createServices({
    userDataDir: await mkdtemp(join(tmpdir(), 'limber-flow-')),
    createSettingsBackend: confBackend,
    appInfo: { name: 'Limber', version: '1', platform: 'linux' },
    broadcast: (event) => events.push(event),
    openExternal: () => {},
    notifier,
    clock: { now: () => clock.wall, monotonic: () => clock.mono },
    timers: { set: (cb, ms) => (timer = { at: clock.mono + ms, cb }), clear: () => (timer = null) },
    idle: { idleSeconds: () => 0 },
    onOpenSession: (id) => opened.push(id),
  });
  const advance = async (ms: number) => {
    const end = clock.mono + ms;
    while (timer && timer.at <= end) {
      const t = timer;
      timer = null;
      clock.wall += t.at - clock.mono;
      clock.mono = t.at;
      t.cb();
    }
    clock.wall += end - clock.mono;
    clock.mono = end;
    await new Promise((r) => setTimeout(r, 0));
  };
  return { services, sent, opened, events, advance };
}

describe('a stretch break from reminder to history', () => {
  it('names the routine, and Start opens that routine and restarts the cycle', async () => {
    const { services, sent, opened, advance } = await setup({ kind: 'action', action: 'start' });
    await services.dispatch('settings:update', [{ postureChecksEnabled: false, headsUpSec: 0, stretchRoutineId: 'sciatica-relief' }]);
    await advance(45 * 60_000 + 1000);
    expect(sent.at(-1)).toMatchObject({ title: 'Time for your Sciatica relief', body: expect.stringContaining('6 min, on the floor') as unknown });
    expect(sent.at(-1)?.actions?.map((a) => a.id)).toEqual(['start', 'snooze', 'skip']);
    expect(opened).toEqual(['sciatica-relief']);
    expect(services.breaks.runtime.status().showing).toBeNull();
    await vi.waitFor(() => expect(services.history.all().some((r) => r.kind === 'reminder' && r.action === 'taken')).toBe(true));
    services.dispose();
  });

  it('Snooze from the notification moves the break by the snooze length and is recorded', async () => {
    const { services, advance } = await setup({ kind: 'action', action: 'snooze' });
    await services.dispatch('settings:update', [{ postureChecksEnabled: false, headsUpSec: 0 }]);
    await advance(45 * 60_000 + 1000);
    const status = services.breaks.runtime.status();
    expect(status.snoozesLeft).toBe(1);
    expect(status.next?.at).toBeGreaterThan(Date.UTC(2026, 10, 24, 9, 50));
    await vi.waitFor(() => expect(services.history.all().some((r) => r.kind === 'reminder' && r.action === 'snoozed')).toBe(true));
    services.dispose();
  });

  it('an unknown routine in settings is refused with a typed error', async () => {
    const { services } = await setup({ kind: 'timeout' });
    expect(await services.dispatch('settings:update', [{ stretchRoutineId: 'cartwheels' }])).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments', issues: [{ path: '0.stretchRoutineId' }] },
    });
    services.dispose();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotificationOutcome } from '../../../electron/ports/notifier';
import { FakeDesk, MIN } from '../../support/fake-desk';

/** The whole main-side chain on a fake clock: scheduler → reminder → notification → answer → session → history. */
let desk: FakeDesk;
afterEach(() => desk?.dispose());

const always = (outcome: NotificationOutcome) => () => outcome;
const takenRecords = (tier: 'stretch' | 'posture') => desk.reminderRecords('taken').filter((r) => r.kind === 'reminder' && r.tier === tier);

describe('a stretch break from reminder to history', () => {
  it('names the routine; Start opens it and the session, once started, records exactly one "taken"', async () => {
    // Safety questions answered with nothing that applies: the floor routine is offered (safety/offer.ts).
    const screening = { hipReplacement: 'no', recentSpinalProcedure: false, pregnancy: 'no', osteoporosis: false, painfulSide: 'right', worseWith: [] } as const;
    desk = await FakeDesk.create({
      settings: { postureChecksEnabled: false, headsUpSec: 0, stretchRoutineId: 'sciatica-relief', screening: { ...screening, worseWith: [] } },
      policy: always({ kind: 'action', action: 'start' }),
    });
    await desk.run(45 * MIN + 1000);
    const reminder = desk.dueNotifications('stretch').at(-1)!;
    // It says how long you have sat, names the routine, and states when it asks again if skipped.
    expect(reminder).toMatchObject({ title: "You've been sitting for 45 minutes", body: expect.stringContaining('Sciatica relief: 9 min, on the floor') as unknown, urgency: 'normal' });
    expect(reminder.body).toContain("Skip it and I'll ask again in 10 minutes.");
    expect(reminder.actions?.map((a) => a.id)).toEqual(['start', 'snooze', 'skip', 'moved']);
    expect(desk.opened).toEqual(['sciatica-relief']);
    expect(takenRecords('stretch')).toHaveLength(0); // opening is not taking
    await desk.startSession('sciatica-relief');
    await desk.run(6 * MIN);
    await desk.finishSession('sciatica-relief', 355);
    await vi.waitFor(() => expect(takenRecords('stretch')).toHaveLength(1));
    expect(desk.breaks.status().showing).toBeNull();
  });

  it('a session started by hand while a reminder is up answers that reminder: one record, the reminder taken down', async () => {
    desk = await FakeDesk.create({ settings: { postureChecksEnabled: false, headsUpSec: 0 } });
    await desk.run(45 * MIN + 1000);
    expect(desk.breaks.status().showing).toBe('stretch');
    await desk.startSession('quick-desk-stretch');
    expect(desk.breaks.status().showing).toBeNull();
    await vi.waitFor(() => expect(desk.reminderRecords()).toEqual([expect.objectContaining({ tier: 'stretch', action: 'taken' })]));
  });

  it('Snooze from the notification moves the break by the snooze length and is recorded', async () => {
    desk = await FakeDesk.create({ settings: { postureChecksEnabled: false, headsUpSec: 0 }, policy: always({ kind: 'action', action: 'snooze' }) });
    await desk.run(45 * MIN + 1000);
    const status = desk.breaks.status();
    expect(status.snoozesLeft).toBe(1);
    expect(status.next?.at).toBe(desk.wall - 1000 + 5 * MIN);
    await vi.waitFor(() => expect(desk.reminderRecords('snoozed')).toHaveLength(1));
  });

  it('accepting every posture check for 4 hours still brings a stretch break every interval', async () => {
    desk = await FakeDesk.create({ settings: { headsUpSec: 0 } });
    desk.policy = (n) => (n.id.startsWith('posture') ? { kind: 'action', action: 'start' } : { kind: 'action', action: 'start' });
    const stretchTimes: number[] = [];
    for (let t = 0; t < 4 * 60; t++) {
      const before = desk.dueNotifications().length;
      await desk.run(MIN);
      for (const n of desk.dueNotifications().slice(before)) {
        const tier = n.id.startsWith('posture') ? 'posture' : 'stretch';
        if (tier === 'stretch') stretchTimes.push(desk.wall);
        const routine = tier === 'posture' ? 'posture-reset' : 'quick-desk-stretch';
        await desk.startSession(routine);
        await desk.run(tier === 'posture' ? 35_000 : 3 * MIN);
        await desk.finishSession(routine, tier === 'posture' ? 35 : 180);
      }
    }
    // 45-min interval + 3-min sessions: five stretch breaks in four hours, never more than 48 min apart.
    expect(stretchTimes.length).toBeGreaterThanOrEqual(4);
    const gaps = stretchTimes.slice(1).map((t, i) => t - stretchTimes[i]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(45 * MIN + 4 * MIN);
    await vi.waitFor(() => expect(takenRecords('stretch')).toHaveLength(stretchTimes.length));
    expect(takenRecords('posture').length).toBeGreaterThan(0);
  });

  it('a posture check answered "Done ✓" records it taken and leaves the stretch cycle alone', async () => {
    desk = await FakeDesk.create({ settings: { headsUpSec: 0 }, policy: always({ kind: 'action', action: 'done' }) });
    await desk.run(20 * MIN + 1000);
    expect(desk.dueNotifications('posture').at(-1)?.actions?.map((a) => a.label)).toEqual(['Done ✓', 'Do the 30-second reset', 'Skip']);
    await vi.waitFor(() => expect(takenRecords('posture')).toHaveLength(1));
    expect(desk.breaks.status().stretchAt).toBe(desk.wall - 20 * MIN - 1000 + 45 * MIN);
  });

  it('refuses an unknown routine id with a typed error, counting nothing', async () => {
    desk = await FakeDesk.create();
    for (const [channel, args] of [
      ['session:started', ['no-such-routine']],
      ['settings:update', [{ stretchRoutineId: 'cartwheels' }]],
    ] as const) {
      expect(await desk.services.dispatch(channel, args)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    }
    expect(desk.reminderRecords()).toHaveLength(0);
    expect(desk.breaks.status().stretchAt).toBe(desk.wall + 45 * MIN);
  });

  it('a notice raised after start-up is pushed to the open page at once', async () => {
    desk = await FakeDesk.create();
    desk.services.notices.add({ id: 'shortcut-unavailable', level: 'warning', message: 'That shortcut is taken.' });
    expect(desk.events.filter((e) => e.event === 'app:notice')).toHaveLength(1);
  });
});

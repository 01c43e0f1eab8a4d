import { afterEach, describe, expect, it } from 'vitest';
import type { BreakPlanStatus } from '../../../electron/breaks/common/status';
import { FakeDesk, MIN } from '../../support/fake-desk';

/**
 * Issue 19's defects, each through the real services on a fake desk. Every one of these failed
 * before its fix (docs/scheduling.md names them).
 */
const noPosture = { postureChecksEnabled: false };
let desk: FakeDesk;
afterEach(() => desk?.dispose());

const natural = () => desk.reminderRecords('natural-break').length;

describe('issue 19 defects', () => {
  it('a call that begins soon after an unnoticed return keeps the absence and shows nothing', async () => {
    desk = await FakeDesk.create({ settings: noPosture, presence: true });
    await desk.run(40 * MIN);
    await desk.run(40 * MIN, 'idle'); // lunch, screen left unlocked
    await desk.run(2 * MIN); // back; the scheduler's next look for the return is minutes away
    const before = desk.sent.length;
    desk.setPresence({ inCall: true, reason: 'microphone in use' });
    await desk.run(30 * MIN, 'idle'); // a video call: no input
    await desk.settleWrites();
    expect(natural(), 'the lunch is a break').toBe(1);
    expect(desk.sent.slice(before), 'nothing in the call, not even a heads-up').toEqual([]);
  });

  it('a hands-off session (no input for its three minutes) is not an absence', async () => {
    desk = await FakeDesk.create({
      settings: noPosture,
      policy: (n) => (n.actions?.length ? { kind: 'action', action: 'start' } : 'ignore'),
    });
    await desk.run(45 * MIN + 1000);
    expect(desk.opened).toEqual(['stand-and-walk']);
    await desk.startSession('stand-and-walk');
    await desk.run(3 * MIN + 10_000, 'idle');
    await desk.finishSession('stand-and-walk');
    const finished = desk.wall;
    await desk.run(10 * MIN);
    await desk.settleWrites();
    expect(natural()).toBe(0);
    expect(desk.breaks.status().stretchAt).toBe(finished + 45 * MIN);
    // Nor an unsure spell: the next reminder does not ask whether the person was away.
    expect(desk.breaks.inspect().state.unsureAway).toBeNull();
    desk.policy = () => 'ignore';
    await desk.run(36 * MIN);
    expect(
      desk
        .dueNotifications('stretch')
        .at(-1)!
        .actions!.map((a) => a.id),
    ).not.toContain('away');
  });

  it('a reminder shown just before a short lid close is not marked missed the instant the lid opens', async () => {
    desk = await FakeDesk.create({ settings: noPosture });
    await desk.run(45 * MIN + 30_000); // the reminder has been up 30 s
    expect(desk.breaks.status().showing).toBe('stretch');
    await desk.sleep(2 * MIN); // shorter than the break length
    await desk.run(1_000);
    await desk.settleWrites();
    expect(desk.reminderRecords('missed')).toHaveLength(0);
    expect(desk.breaks.status().showing).toBe('stretch');
    await desk.run(90_000); // its own two minutes, awake, run out
    await desk.settleWrites();
    expect(desk.reminderRecords('missed')).toHaveLength(1);
  });

  it('refresh() re-reads the config after a flare-up phase ended during a sleep with no OS events', async () => {
    desk = await FakeDesk.create({ settings: noPosture });
    await desk.call('settings:update', [{ flareUpSince: new Date(desk.wall).toISOString() }]);
    expect(desk.breaks.inspect().config.stretchIntervalMs).toBe(30 * MIN); // days 1-2: breaks at least every 30 min
    await desk.sleep(3 * 24 * 60 * MIN, { suspend: false, resume: false });
    desk.breaks.refresh(); // the window was opened: before any timer has fired
    expect(desk.breaks.inspect().config.stretchIntervalMs).toBe(40 * MIN); // day 4: at least every 40 min
    expect(desk.breaks.status().stretchAt - desk.wall).toBeLessThanOrEqual(40 * MIN);
  });

  it("an hour's clock jump forward is not a break: the bout and the time left are unchanged", async () => {
    desk = await FakeDesk.create({ settings: noPosture });
    await desk.run(20 * MIN);
    const sittingSince = desk.breaks.status().sittingSince!;
    desk.jump(60 * MIN);
    await desk.run(1_000);
    await desk.settleWrites();
    expect(natural()).toBe(0);
    expect(desk.breaks.status().sittingSince).toBe(sittingSince + 60 * MIN);
    await desk.run(25 * MIN);
    expect(desk.dueNotifications('stretch')).toHaveLength(1); // 45 real minutes of sitting
  });

  it('after a 3-hour sleep with no OS events, the tray shows no break time in the past for more than a glance (5 s)', async () => {
    desk = await FakeDesk.create({ settings: noPosture, glance: true });
    await desk.run(20 * MIN); // the scheduler's own timer is a coarse idle look, up to minutes away
    await desk.sleep(3 * 60 * MIN, { suspend: false, resume: false });
    const pushed = () => desk.events.filter((e) => e.event === 'breaks:status').at(-1)!.payload as BreakPlanStatus;
    let stale = 0;
    for (let s = 0; s < 60; s++) {
      await desk.run(1_000);
      const next = pushed().next;
      if (next && next.at < desk.wall - 1_000) stale++;
    }
    expect(stale, 'seconds the tray showed a break time already past').toBeLessThanOrEqual(5);
    expect(pushed().next!.at).toBeGreaterThan(desk.wall + 40 * MIN); // a fresh bout from the wake
  });
});

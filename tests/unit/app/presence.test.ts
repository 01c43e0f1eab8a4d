import { afterEach, describe, expect, it } from 'vitest';
import { FakeDesk, MIN } from '../../support/fake-desk';

/** Issue 10: never interrupt a call, never count one as a break, and show the sitting time. */
let desk: FakeDesk;
afterEach(() => desk?.dispose());
const inCall = { inCall: true, presenting: false, dnd: false, reason: 'microphone in use by zoom' };
const free = { inCall: false, presenting: false, dnd: false, reason: null };

describe('calls hold reminders', () => {
  it('a day with two 50-minute calls: nothing during either call, a stretch offer within a minute after each, no call counted as a break', async () => {
    desk = await FakeDesk.create({ settings: { headsUpSec: 60 }, presence: true });
    desk.setPresence(free);
    await desk.run(30 * MIN);
    for (let call = 0; call < 2; call++) {
      const before = desk.sent.length;
      desk.setPresence(inCall);
      await desk.run(50 * MIN, 'idle'); // no keyboard input during a video call
      expect(desk.sent.slice(before)).toEqual([]); // not even a heads-up
      expect(desk.breaks.status()).toMatchObject({ blocked: 'in-call', heldBecause: 'microphone in use by zoom' });
      desk.setPresence(free);
      const ended = desk.real;
      await desk.run(60_000);
      const offer = desk.dueNotifications('stretch').at(-1);
      expect(offer?.title).toBe("You've been sitting through a 50-minute call"); // the watching probe is heard as the call begins
      expect(desk.sentAt[desk.sent.indexOf(offer!)]! - ended).toBeLessThanOrEqual(60_000);
      await desk.answer({ kind: 'action', action: 'skip' });
      await desk.run(40 * MIN);
    }
    await desk.settleWrites();
    expect(desk.reminderRecords('natural-break')).toHaveLength(0);
    expect(desk.dueNotifications('posture').filter((n) => desk.sentAt[desk.sent.indexOf(n)]! < 0)).toHaveLength(0);
  });

  it('a polled probe (no change events) is read at the next look: the call is held within about 3 minutes', async () => {
    desk = await FakeDesk.create({ settings: { headsUpSec: 60 }, presence: true });
    desk.setPresence(free, { watched: false });
    await desk.run(10 * MIN);
    desk.setPresence(inCall, { watched: false });
    await desk.run(3 * MIN + 30_000, 'idle');
    expect(desk.breaks.status()).toMatchObject({ blocked: 'in-call' });
    await desk.run(50 * MIN, 'idle');
    desk.setPresence(free, { watched: false });
    const offered = desk.dueNotifications('stretch').length;
    await desk.run(4 * MIN);
    const offer = desk.dueNotifications('stretch')[offered]; // the first after the call (an unanswered one asks again)
    expect(offer?.title).toMatch(/^You've been sitting through a (5[0-3])-minute call$/);
  });

  it('a change a watching probe reports while a reading is on its way is read again, not lost', async () => {
    desk = await FakeDesk.create({ settings: { headsUpSec: 0 }, presence: true });
    await desk.run(MIN);
    const reads = desk.presenceReads;
    desk.setPresence(inCall); // starts a reading …
    desk.setPresence(free); // … and the call is over before it lands
    await desk.run(1000, 'idle');
    expect(desk.presenceReads - reads).toBe(2); // one reading, then one more for the news it may have missed
    expect(desk.breaks.status().blocked).toBeNull();
  });

  it('back from a short lock into a call a polled probe reports: no reminder lands first (a fresh reading is taken before it)', async () => {
    desk = await FakeDesk.create({ settings: { headsUpSec: 0, postureChecksEnabled: false }, presence: true });
    await desk.run(44 * MIN + 30_000);
    desk.power('lock-screen'); // and no unlock event: the return is seen from the idle counter, minutes later
    await desk.run(10_000, 'idle');
    desk.setPresence(inCall, { watched: false });
    await desk.run(6 * MIN, 'work'); // typing in the call; the stretch break fell due meanwhile
    expect(desk.dueNotifications('stretch')).toEqual([]);
    expect(desk.breaks.status()).toMatchObject({ blocked: 'in-call' });
  });

  it('posture checks that fell due during a call are dropped, not stacked; a reminder on screen is withdrawn when a call starts', async () => {
    desk = await FakeDesk.create({ settings: { headsUpSec: 0, stretchIntervalMin: 90 }, presence: true });
    await desk.run(20 * MIN + 1000);
    expect(desk.breaks.status().showing).toBe('posture');
    desk.setPresence(inCall);
    await desk.run(40 * MIN, 'idle');
    expect(desk.breaks.status().showing).toBeNull();
    desk.setPresence(free);
    await desk.run(5 * MIN);
    expect(desk.dueNotifications('posture')).toHaveLength(1);
    await desk.settleWrites();
    expect(desk.reminderRecords('withdrawn')).toHaveLength(1);
  });

  it('presenting and do-not-disturb hold reminders too, each named', async () => {
    desk = await FakeDesk.create({ settings: { headsUpSec: 0 }, presence: true });
    desk.setPresence({ presenting: true, reason: 'a full-screen window is in front' });
    await desk.run(50 * MIN);
    expect(desk.dueNotifications()).toHaveLength(0);
    expect(desk.breaks.status().blocked).toBe('presenting');
    desk.setPresence({ dnd: true, reason: 'GNOME do not disturb is on' });
    await desk.run(60_000);
    expect(desk.breaks.status().blocked).toBe('dnd');
  });

  it('sitting through a call is sitting: the sitting time keeps counting, and a real break resets it', async () => {
    desk = await FakeDesk.create({ settings: { headsUpSec: 0, postureChecksEnabled: false }, presence: true });
    const start = desk.wall;
    desk.setPresence(inCall);
    await desk.run(38 * MIN, 'idle');
    expect(desk.breaks.status().sittingSince).toBe(start);
    desk.setPresence(free);
    await desk.run(60_000, 'idle');
    desk.power('lock-screen');
    await desk.run(10 * MIN, 'idle');
    desk.power('unlock-screen');
    expect(desk.breaks.status().sittingSince).toBe(desk.wall);
    await desk.settleWrites();
    const bouts = desk.historyRecords().filter((r) => r.kind === 'sitting');
    // No input after the call: the user left as it ended, so the bout is the call's 38 minutes.
    expect(bouts).toEqual([expect.objectContaining({ kind: 'sitting', minutes: 38 })]);
  });
});

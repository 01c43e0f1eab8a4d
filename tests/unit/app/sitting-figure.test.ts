import { afterEach, describe, expect, it } from 'vitest';
import { sittingLine } from '../../../electron/breaks/common/wording';
import { FakeDesk, MIN } from '../../support/fake-desk';

/** The sitting figure home, tray and history show: one bout state, told honestly. */
let desk: FakeDesk;
afterEach(() => desk?.dispose());

describe('the sitting figure', () => {
  it("today's longest and total sitting come from the bouts history keeps, with the bout in progress", async () => {
    desk = await FakeDesk.create({ settings: { postureChecksEnabled: false } });
    await desk.run(50 * MIN);
    await desk.startSession('stand-and-walk'); // gets you up: the 50-minute bout ends
    await desk.run(3 * MIN, 'idle');
    await desk.finishSession('stand-and-walk');
    await desk.run(20 * MIN);
    await desk.settleWrites();
    expect(
      desk
        .historyRecords()
        .filter((r) => r.kind === 'sitting')
        .map((r) => (r.kind === 'sitting' ? r.minutes : 0)),
    ).toEqual([50]);
    expect(desk.breaks.status().sittingToday).toEqual({ longestMin: 50, totalMin: 70 });
  });

  it('a seated routine is labelled and does not end the bout; a standing one does', async () => {
    desk = await FakeDesk.create({ settings: { postureChecksEnabled: false, stretchRoutineId: 'quick-desk-stretch' } });
    await desk.run(30 * MIN);
    expect(desk.breaks.status().routineGetsYouUp).toBe(false);
    const since = desk.breaks.status().sittingSince;
    await desk.startSession('quick-desk-stretch');
    await desk.run(3 * MIN);
    await desk.finishSession('quick-desk-stretch');
    expect(desk.breaks.status().sittingSince).toBe(since);
    await desk.startSession('stand-and-walk');
    expect(desk.breaks.status().sittingSince).toBeNull();
  });

  it('reading leaves Limber unsure: "I was away from my desk" then splits the bout at the spell', async () => {
    desk = await FakeDesk.create({ settings: { postureChecksEnabled: false } });
    await desk.run(20 * MIN);
    await desk.run(12 * MIN, 'idle');
    await desk.run(7 * MIN);
    expect(desk.breaks.status()).toMatchObject({ awayUnsure: true, sittingSince: desk.wall - 39 * MIN });
    const status = (await desk.call('breaks:was-away', [])) as { sittingSince: number; awayUnsure: boolean };
    expect(status.awayUnsure).toBe(false);
    expect(desk.wall - status.sittingSince).toBeLessThanOrEqual(7 * MIN + 3 * MIN); // from the return (seen within half a look)
    await desk.settleWrites();
    expect(
      desk
        .historyRecords()
        .filter((r) => r.kind === 'sitting')
        .map((r) => (r.kind === 'sitting' ? r.minutes : 0)),
    ).toEqual([20]);
  });

  it('"I already moved" ends the bout now, from home or tray', async () => {
    desk = await FakeDesk.create({ settings: { postureChecksEnabled: false } });
    await desk.run(30 * MIN);
    const status = (await desk.call('breaks:moved', [])) as { sittingSince: number; stretchAt: number };
    expect(status.sittingSince).toBe(desk.wall);
    expect(status.stretchAt).toBe(desk.wall + 45 * MIN);
    await desk.settleWrites();
    expect(desk.reminderRecords('moved')).toHaveLength(1);
  });

  it('where calls cannot be seen, the figure says calls may hide sitting', async () => {
    desk = await FakeDesk.create({});
    expect(desk.breaks.status().presenceKnown).toBe(false);
    expect(sittingLine({ sittingSince: 0, presenceKnown: false }, () => '09:00')).toBe(
      'Sitting since 09:00 (calls may hide more)',
    );
    expect(sittingLine({ sittingSince: 0, presenceKnown: true }, () => '09:00')).toBe('Sitting since 09:00');
    expect(sittingLine({ sittingSince: null, presenceKnown: true }, () => '09:00')).toBeNull();
    desk.dispose();
    desk = await FakeDesk.create({ presence: true });
    expect(desk.breaks.status().presenceKnown).toBe(true);
  });

  it('with a sit-stand desk, every other posture check says to stand up or change position', async () => {
    desk = await FakeDesk.create({ settings: { sitStandDesk: true, stretchIntervalMin: 120 }, policy: (n) => (n.actions?.length ? { kind: 'action', action: 'done' } : 'ignore') });
    await desk.run(61 * MIN);
    expect(desk.dueNotifications('posture').map((n) => n.title)).toEqual(['Posture check: sit back', 'Posture check: stand up or change position', 'Posture check: feet flat']);
  });
});

import { describe, expect, it } from 'vitest';
import { offsetCalendar } from '../../../electron/breaks/common/config';
import { reminderRoutineWords } from '../../../electron/breaks/common/wording';
import type { NotificationOutcome, ReminderNotification } from '../../../electron/ports/notifier';
import { FakeDesk, MIN, MONDAY_8AM } from '../../support/fake-desk';
import { NOTHING_APPLIES } from '../../support/safety-answers';

const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const MIDNIGHT = MONDAY_8AM - 8 * HOUR;
const HOURS = { enabled: true, days: [0, 1, 2, 3, 4, 5, 6].map((d) => ({ enabled: d >= 1 && d <= 5, start: '09:00', end: '18:30' })) };
const TIMES = [
  { at: '13:30', routineId: 'quick-desk-stretch' as const },
  { at: '17:00', routineId: 'sciatica-relief' as const },
];
/** The flare-up begins on the Monday of week 3 (day 14) at 08:55; its first two days are gentle only. */
const FLARE_DAY = 14;

const names = (id: string) => reminderRoutineWords(id).name;
const offers = (n: ReminderNotification, id: string) => n.body.includes(names(id)) || n.title.includes(names(id));
const clockOf = (wall: number) => {
  const minutes = Math.floor(((wall - MIDNIGHT) % DAY) / MIN);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

/**
 * A month of desk days on the fake desk with two chosen stretch times: lunch locked 12:00–13:00,
 * a call over the lunch-time stretch every third workday (13:15–14:05), every reminder answered
 * (Start, or Skip on some days), no walk logged, and a flare-up in week 3.
 */
async function month() {
  const desk = await FakeDesk.create({
    start: MIDNIGHT,
    calendar: offsetCalendar(() => 0),
    presence: true,
    settings: { workingHours: HOURS, stretchTimes: TIMES, screening: { ...NOTHING_APPLIES, worseWith: [] } },
  });
  let skipping = false;
  desk.policy = (n): NotificationOutcome | 'ignore' => {
    if (!n.actions?.length) return 'ignore';
    if (n.id.startsWith('posture')) return { kind: 'action', action: 'done' };
    return { kind: 'action', action: skipping ? 'skip' : 'start' };
  };
  let played = 0;
  const work = async (until: number) => {
    while (desk.wall < until) {
      await desk.run(Math.min(5 * MIN, until - desk.wall), 'work');
      for (const routine of desk.opened.slice(played)) {
        played++;
        await desk.startSession(routine);
        await desk.run(3 * MIN, 'work');
        await desk.finishSession(routine);
      }
    }
  };
  const calls: Array<[number, number]> = [];
  const workdays: number[] = [];
  for (let day = 0; day < 30; day++) {
    const start = MIDNIGHT + day * DAY;
    await desk.sleep(Math.max(0, start + 8 * HOUR + 50 * MIN - desk.wall));
    const weekday = new Date(start).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    workdays.push(day);
    skipping = day % 4 === 1;
    if (day === FLARE_DAY) await desk.call('settings:update', [{ flareUpSince: new Date(desk.wall + 5 * MIN).toISOString() }]);
    await work(start + 12 * HOUR);
    desk.power('lock-screen');
    await desk.run(HOUR, 'idle');
    desk.power('unlock-screen');
    if (workdays.length % 3 === 0) {
      await work(start + 13 * HOUR + 15 * MIN);
      calls.push([desk.wall, start + 14 * HOUR + 5 * MIN]);
      desk.setPresence({ inCall: true, reason: 'microphone in use' });
      await work(start + 14 * HOUR + 5 * MIN);
      desk.setPresence({ inCall: false });
    }
    await work(start + 18 * HOUR + 40 * MIN);
  }
  await desk.settleWrites();
  desk.dispose();
  const due = desk.dueNotifications('stretch').map((n) => ({ n, at: desk.sentAt[desk.sent.indexOf(n)]! + MIDNIGHT }));
  return { desk, due, calls, workdays };
}

describe('breaks that rotate, over a month on the fake desk', () => {
  it('offers each chosen routine once a workday at or after its time, never in a call, never stacked; the walk nudge once each afternoon', async () => {
    const { desk, due, calls, workdays } = await month();
    const flareGentle = new Set([FLARE_DAY, FLARE_DAY + 1]);
    const flareNoFloor = new Set([FLARE_DAY, FLARE_DAY + 1, FLARE_DAY + 2, FLARE_DAY + 3, FLARE_DAY + 4]);
    for (const day of workdays) {
      const today = due.filter(({ at }) => Math.floor((at - MIDNIGHT) / DAY) === day);
      const desk = today.filter(({ n }) => offers(n, 'quick-desk-stretch'));
      const floor = today.filter(({ n }) => offers(n, 'sciatica-relief'));
      const nudge = today.filter(({ n }) => n.body.includes('walked so far today'));
      const context = `day ${day}: ${today.map(({ n, at }) => `${clockOf(at)} ${n.body.slice(0, 40)}`).join(' | ')}`;
      if (flareGentle.has(day)) {
        // Early in a flare-up only the gentle routine: no desk stretch, no floor, no walking nudge.
        expect(desk, context).toHaveLength(0);
        expect(nudge, context).toHaveLength(0);
      } else {
        expect(desk, context).toHaveLength(1);
        expect(clockOf(desk[0]!.at) >= '13:30' && clockOf(desk[0]!.at) < '17:00', context).toBe(true);
        expect(nudge, context).toHaveLength(1);
        expect(clockOf(nudge[0]!.at) >= '14:00', context).toBe(true);
        // Nothing walked: the goal never grew, and the flare-up set it a step lower (0.5 → 0.25 mi).
        expect(nudge[0]!.n.body).toMatch(day < FLARE_DAY ? /^0 of 0\.5 miles walked so far today/ : /^0 of 0\.25 miles walked so far today/);
      }
      if (flareNoFloor.has(day)) expect(floor, context).toHaveLength(0);
      else {
        expect(floor, context).toHaveLength(1);
        expect(clockOf(floor[0]!.at) >= '17:00', context).toBe(true);
      }
    }
    // Never in a call: the lunch-time stretch waited for the call's end on those days.
    for (const [from, to] of calls) expect(due.filter(({ at }) => at - MIDNIGHT >= from && at - MIDNIGHT < to)).toEqual([]);
    // Never two reminders on screen at once.
    expect(desk.maxLiveDue).toBe(1);
    // Started offers opened their own routine.
    expect(desk.opened).toContain('sciatica-relief');
    expect(desk.opened).toContain('quick-desk-stretch');
    expect(desk.opened).toContain('walk-break');
  }, 240_000);
});

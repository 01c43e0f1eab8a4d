import { isWorkingTime, offsetCalendar } from '../../electron/breaks/common/config';
import type { NotificationOutcome } from '../../electron/ports/notifier';
import { FakeDesk, MIN, MONDAY_8AM } from './fake-desk';

const HOUR = 60 * MIN;
const HOURS = { enabled: true, days: [0, 1, 2, 3, 4, 5, 6].map((d) => ({ enabled: d >= 1 && d <= 5, start: '09:00', end: '17:30' })) };

/** A small seeded generator, so a failing life can be replayed exactly. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LifeReport {
  days: number;
  deskHours: number;
  stretchReminders: number;
  stretchBreaksTaken: number;
  naturalBreaks: number;
  missed: number;
  smallestGapMs: number;
  outsideHours: number;
  stretchRemindersPerDeskHour: number;
  stretchBreaksPerDeskHour: number;
  missedPerDay: number;
}

/**
 * Weeks of realistic desk days through the real services: arrival after an overnight sleep
 * (resume events sometimes lost), desk work broken by meetings, a locked lunch, reminders
 * answered the way people do (mostly Start, sometimes Snooze, Skip or nothing), settings changed
 * now and then, a flare-up week. Returns what a user would notice.
 */
export async function liveDeskLife(days: number, seed = 1): Promise<LifeReport> {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const calendar = offsetCalendar(() => 0);
  const desk = await FakeDesk.create({ start: MONDAY_8AM - 8 * HOUR, calendar, settings: { workingHours: HOURS } });
  desk.policy = (n): NotificationOutcome | 'ignore' => {
    if (!n.actions?.length) return 'ignore';
    const r = rnd();
    if (r < 0.6) return { kind: 'action', action: n.id.startsWith('posture') && r < 0.4 ? 'done' : 'start' };
    if (r < 0.75 && n.actions.some((a) => a.id === 'snooze')) return { kind: 'action', action: 'snooze' };
    if (r < 0.85) return { kind: 'action', action: 'skip' };
    return 'ignore';
  };
  let deskMs = 0;
  let opened = 0;
  const playSessions = async () => {
    for (const routine of desk.opened.slice(opened)) {
      opened++;
      await desk.startSession(routine);
      await desk.run(routine === 'posture-reset' ? 35_000 : 3 * MIN, 'work');
      await desk.finishSession(routine);
    }
  };
  const work = async (ms: number) => {
    for (let left = ms; left > 0; left -= 5 * MIN) {
      await desk.run(Math.min(left, 5 * MIN), 'work');
      deskMs += Math.min(left, 5 * MIN);
      await playSessions();
    }
  };
  for (let day = 0; day < days; day++) {
    // Overnight: asleep until 08:50 local the next day.
    const dayStart = MONDAY_8AM + day * 24 * HOUR;
    const wake = dayStart + 50 * MIN;
    await desk.sleep(Math.max(0, wake - desk.wall), { suspend: rnd() < 0.8, resume: rnd() < 0.8 });
    const weekday = new Date(dayStart).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    if (day % 14 === 7) await desk.call('settings:update', [{ flareUpSince: new Date(desk.wall).toISOString() }]);
    if (rnd() < 0.2) await desk.call('settings:update', [{ stretchIntervalMin: pick([30, 40, 45, 50, 60]) }]);
    const endOfDay = dayStart + 9 * HOUR + 30 * MIN + 10 * MIN;
    while (desk.wall < endOfDay) {
      const r = rnd();
      if (r < 0.12) await desk.run((30 + Math.floor(rnd() * 30)) * MIN, 'idle'); // a meeting, away from the keys
      else if (r < 0.2) {
        desk.power('lock-screen'); // lunch, or a coffee
        await desk.run((5 + Math.floor(rnd() * 45)) * MIN, 'idle');
        if (rnd() < 0.9) desk.power('unlock-screen');
      } else await work((10 + Math.floor(rnd() * 50)) * MIN);
    }
  }
  await desk.run(15 * MIN, 'idle');
  await desk.settleWrites();

  const due = desk.dueNotifications();
  const dueAt = due.map((n) => desk.sentAt[desk.sent.indexOf(n)]!);
  const gaps = dueAt.slice(1).map((t, i) => t - dueAt[i]!);
  const records = desk.reminderRecords();
  const count = (tier: string, action: string) => records.filter((r) => r.kind === 'reminder' && r.tier === tier && r.action === action).length;
  const workdays = Array.from({ length: days }, (_, d) => new Date(MONDAY_8AM + d * 24 * HOUR).getUTCDay()).filter((w) => w !== 0 && w !== 6).length;
  const stretchReminders = due.filter((n) => n.id.startsWith('stretch')).length;
  const report: LifeReport = {
    days,
    deskHours: deskMs / HOUR,
    stretchReminders,
    stretchBreaksTaken: count('stretch', 'taken'),
    naturalBreaks: count('stretch', 'natural-break'),
    missed: records.filter((r) => r.kind === 'reminder' && r.action === 'missed').length,
    smallestGapMs: gaps.length ? Math.min(...gaps) : Infinity,
    outsideHours: due.filter((n) => {
      const at = desk.sentAt[desk.sent.indexOf(n)]!;
      return !isWorkingTime(HOURS, calendar, MONDAY_8AM - 8 * HOUR + at);
    }).length,
    stretchRemindersPerDeskHour: stretchReminders / (deskMs / HOUR),
    stretchBreaksPerDeskHour: count('stretch', 'taken') / (deskMs / HOUR),
    missedPerDay: records.filter((r) => r.kind === 'reminder' && r.action === 'missed').length / Math.max(1, workdays),
  };
  desk.dispose();
  return report;
}

import type { NotificationOutcome, ReminderNotification } from '../electron/ports/notifier';
import { FakeDesk, MIN } from '../tests/support/fake-desk';
import { atMost, informative, type Figures } from './figure';

const HOUR = 60 * MIN;
export const ACTIVE_HOUR_GOAL = 30;
export const AWAY_HOUR_GOAL = 10;

/** The user starts every due reminder's session; notices without buttons just stay. */
const startWhenDue = (n: ReminderNotification): NotificationOutcome | 'ignore' => (n.actions?.length ? { kind: 'action', action: 'start' } : 'ignore');

/**
 * A desk with presence probes (so presence reads are part of every figure) whose user answers
 * reminders and plays the sessions they open. The harness's own records are cleared as it goes:
 * only the services are being measured.
 */
async function busyDesk(): Promise<{ desk: FakeDesk; work: (ms: number) => Promise<void> }> {
  const desk = await FakeDesk.create({ presence: true, policy: startWhenDue });
  const work = async (ms: number) => {
    for (let left = ms; left > 0; left -= 5 * MIN) {
      await desk.run(Math.min(left, 5 * MIN), 'work');
      for (const routine of desk.opened.splice(0)) {
        await desk.startSession(routine);
        await desk.run(3 * MIN, 'work');
        left -= 3 * MIN;
        await desk.finishSession(routine);
      }
    }
  };
  return { desk, work };
}

/** Timer callbacks and presence reads while `spend` runs, per hour of `hours`. */
async function perHour(desk: FakeDesk, hours: number, spend: () => Promise<void>) {
  const wakeups = desk.breaks.inspect().wakeups;
  const reads = desk.presenceReads;
  await spend();
  return { wakeups: (desk.breaks.inspect().wakeups - wakeups) / hours, presenceReads: (desk.presenceReads - reads) / hours };
}

/**
 * Main-process scheduler wake-ups (BreakRuntime timer callbacks) on the real services and a fake
 * clock, with presence probes answering: while the user types (8 h, breaks taken), while idle and
 * while locked (4 h each), and over one whole simulated day. Also returns the presence reads per
 * active desk hour, which the presence bench turns into processes spawned.
 */
export async function benchScheduler(): Promise<{ figures: Figures; presenceReadsPerActiveHour: number }> {
  const { desk, work } = await busyDesk();
  await work(10 * MIN); // past start-up, which reads everything once
  const active = await perHour(desk, 8, () => work(8 * HOUR));
  const idle = await perHour(desk, 4, () => desk.run(4 * HOUR, 'idle'));
  desk.power('lock-screen');
  const locked = await perHour(desk, 4, () => desk.run(4 * HOUR, 'idle'));
  desk.power('unlock-screen');
  desk.dispose();

  // A working day from 08:50 to 08:50: desk work with a meeting away from the keys and a locked
  // lunch, then the machine left on and locked overnight. The goal follows from the hourly goals.
  const day = await busyDesk();
  const dayFigures = await perHour(day.desk, 1, async () => {
    await day.work(2 * HOUR);
    await day.desk.run(45 * MIN, 'idle'); // a meeting
    await day.work(HOUR);
    day.desk.power('lock-screen');
    await day.desk.run(HOUR, 'idle'); // lunch
    day.desk.power('unlock-screen');
    await day.work(4 * HOUR + 15 * MIN);
    day.desk.power('lock-screen');
    await day.desk.run(15 * HOUR, 'idle'); // evening and night, locked
  });
  day.desk.dispose();
  const activeHours = 7.25;
  const awayHours = 24 - activeHours;

  return {
    figures: {
      scheduler_wakeups_per_active_hour: atMost(active.wakeups, ACTIVE_HOUR_GOAL, 'wakeups/h'),
      scheduler_wakeups_per_idle_hour: atMost(idle.wakeups, AWAY_HOUR_GOAL, 'wakeups/h'),
      scheduler_wakeups_per_locked_hour: atMost(locked.wakeups, AWAY_HOUR_GOAL, 'wakeups/h'),
      scheduler_wakeups_per_working_day: atMost(dayFigures.wakeups, ACTIVE_HOUR_GOAL * activeHours + AWAY_HOUR_GOAL * awayHours, 'wakeups/24h'),
      scheduler_presence_reads_per_active_hour: informative(active.presenceReads, 'reads/h', 'none (feeds presence_spawns_per_desk_hour)'),
    },
    presenceReadsPerActiveHour: active.presenceReads,
  };
}

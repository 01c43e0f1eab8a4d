import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_QUEUED_EVENTS, PageMessenger } from '../electron/ipc/node/page-messenger';
import type { NotificationOutcome, ReminderNotification } from '../electron/ports/notifier';
import { FakeDesk, MIN } from '../tests/support/fake-desk';
import { atMost, below, type Figures } from './figure';

const BREAKS = Number(process.env.LIMBER_BENCH_BREAKS ?? 10_000);
const WARM_UP = 300;
const GOAL_MB = 2;

/** The user starts every due reminder at once (history gets one record each). */
const startWhenDue = (n: ReminderNotification): NotificationOutcome | 'ignore' => (n.actions?.length ? { kind: 'action', action: 'start' } : 'ignore');

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc (npm run bench does): heap figures need a real collection');
  gc();
  gc();
}

/**
 * Heap held by the main-process services after 10,000 stretch breaks, each shown as a
 * notification, answered (Start), the session it opens recorded, and the history file written (in a
 * temp user-data dir), with every event going to the window through a PageMessenger. `windowReady`
 * false: the window was never opened, so the messenger never delivers and must stay bounded.
 */
async function heapGrowth(windowReady: boolean): Promise<{ mb: number; pending: number; delivered: number }> {
  let delivered = 0;
  // Delivery serialises the payload, as IPC does, so a payload that holds on to state shows up.
  const messenger = new PageMessenger((event, payload) => void (delivered += JSON.stringify([event, payload]).length), { log: () => {} });
  if (windowReady) messenger.markReady();
  // History appends are fsynced; on a disk that costs milliseconds each, on tmpfs nothing. This
  // figure is about memory, so the user-data dir goes on tmpfs where there is one.
  const userDataDir = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'limber-bench-heap-'));
  const desk = await FakeDesk.create({
    policy: startWhenDue,
    broadcast: (event, payload) => messenger.send(event, payload),
    userDataDir,
    // The shortest interval the settings allow: the most breaks per simulated hour.
    settings: { stretchIntervalMin: 10 },
  });
  let sessions = 0;
  const oneBreak = async () => {
    await desk.run(11 * MIN, 'work'); // the next break comes due and is answered
    for (const routine of desk.opened.splice(0)) {
      sessions++;
      await desk.startSession(routine);
      await desk.finishSession(routine, 60);
    }
    // The fake desk's own logs are not the app's memory.
    desk.sent.length = 0;
    desk.sentAt.length = 0;
    desk.events.length = 0;
  };
  for (let i = 0; i < WARM_UP; i++) await oneBreak(); // compiled code and caches are not growth
  await desk.settleWrites();
  collect();
  const before = process.memoryUsage().heapUsed;
  const sessionsBefore = sessions;
  for (let i = 0; i < BREAKS; i++) await oneBreak();
  await desk.settleWrites();
  collect();
  const after = process.memoryUsage().heapUsed;
  if (sessions - sessionsBefore < BREAKS) throw new Error(`only ${sessions - sessionsBefore} breaks were taken, not ${BREAKS}`);
  desk.dispose();
  await rm(userDataDir, { recursive: true, force: true });
  return { mb: (after - before) / 1024 / 1024, pending: messenger.pending, delivered };
}

export async function benchHeap(): Promise<Figures> {
  const open = await heapGrowth(true);
  if (open.delivered === 0) throw new Error('the window never received a message: the heap bench is not exercising delivery');
  const closed = await heapGrowth(false);
  return {
    main_heap_growth_10k_breaks_window_open: below(open.mb, GOAL_MB, 'MB'),
    main_heap_growth_10k_breaks_window_never_opened: below(closed.mb, GOAL_MB, 'MB'),
    // Bounded in count too: an unbounded queue of small events grows too slowly to show in 10,000 breaks.
    main_events_waiting_for_never_opened_window: atMost(closed.pending, MAX_QUEUED_EVENTS, 'events'),
  };
}

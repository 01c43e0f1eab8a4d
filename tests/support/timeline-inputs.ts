import fc from 'fast-check';
import type { NotificationOutcome } from '../../electron/ports/notifier';

/** Every way a person answers a reminder (or does not), and what the fake notifier reports for it. */
export const answers = ['start', 'done', 'snooze', 'skip', 'timeout', 'click', 'ignore', 'start-never-begins', 'moved', 'away'] as const;
export type Answer = (typeof answers)[number];
export const outcomeFor = (answer: Answer): NotificationOutcome | 'ignore' =>
  answer === 'ignore' ? 'ignore' : answer === 'timeout' ? { kind: 'timeout' } : answer === 'click' ? { kind: 'clicked' } : { kind: 'action', action: answer === 'start-never-begins' ? 'start' : answer };

/** Working hours 09:00–17:30 on weekdays, on or off. */
export const HOURS = (on: boolean) => ({ enabled: on, days: [0, 1, 2, 3, 4, 5, 6].map((d) => ({ enabled: d >= 1 && d <= 5, start: '09:00', end: '17:30' })) });

/** Every scheduling setting a random timeline changes (tests/unit/app/timelines.test.ts). */
export const settingsPatch = fc.oneof(
  fc.record({ stretchIntervalMin: fc.integer({ min: 10, max: 90 }) }),
  fc.record({ postureIntervalMin: fc.integer({ min: 5, max: 60 }) }),
  fc.record({ postureChecksEnabled: fc.boolean() }),
  fc.record({ breakLengthMin: fc.integer({ min: 1, max: 15 }) }),
  fc.record({ headsUpSec: fc.constantFrom(0, 30, 60, 120) }),
  fc.record({ snoozeMin: fc.integer({ min: 1, max: 15 }) }),
  fc.record({ maxSnoozes: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ reminderWindow: fc.boolean() }),
  fc.record({ flareUpSince: fc.constantFrom('now', null) }),
  fc.record({ workingHoursOn: fc.boolean() }),
);

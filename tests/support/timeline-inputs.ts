import fc from 'fast-check';

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

import { describe, expect, it } from 'vitest';
import { MIN_REMINDER_GAP_MS } from '../../../electron/breaks/common/config';
import { liveDeskLife } from '../../support/desk-life';

describe('30 days of desk life through the real services', () => {
  it('reminders come while people work, never closer than the minimum gap, never outside working hours', async () => {
    const life = await liveDeskLife(30, 7);
    console.log(`desk life: ${JSON.stringify(life)}`);
    expect(life.deskHours).toBeGreaterThan(100);
    expect(life.smallestGapMs).toBeGreaterThanOrEqual(MIN_REMINDER_GAP_MS);
    expect(life.outsideHours).toBe(0);
    // 45-min interval (30 and 40 in a flare-up week), sessions and answers in between: about one an hour of desk time.
    expect(life.stretchRemindersPerDeskHour).toBeGreaterThan(0.8);
    expect(life.stretchBreaksTaken).toBeGreaterThan(0);
  }, 60_000);
});

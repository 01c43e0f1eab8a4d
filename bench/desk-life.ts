import { liveDeskLife } from '../tests/support/desk-life';
import { informative, type Figures } from './figure';

const DAYS = 90;
const STRETCH_INTERVAL_MIN = 45;

/**
 * Ninety days of realistic desk life through the real services (tests/support/desk-life.ts): how
 * many stretch breaks a desk hour brings against the setting, how many reminders a day go unanswered
 * until they lapse, and the closest two due reminders ever came. The life changes the interval
 * now and then (30–60 min), so the per-hour figures sit around the 45-minute default, not on it.
 */
export async function benchDeskLife(seed = 7): Promise<Figures> {
  const life = await liveDeskLife(DAYS, seed);
  const perHourAtSetting = 60 / STRETCH_INTERVAL_MIN;
  return {
    life_stretch_reminders_per_desk_hour: informative(life.stretchRemindersPerDeskHour, 'per h', `setting: one per ${STRETCH_INTERVAL_MIN} min = ${perHourAtSetting.toFixed(2)}/h`),
    life_stretch_breaks_taken_per_desk_hour: informative(life.stretchBreaksPerDeskHour, 'per h', 'none (the user takes most, not all)'),
    life_missed_reminders_per_day: informative(life.missedPerDay, 'per workday'),
    life_smallest_gap_between_reminders_min: informative(life.smallestGapMs / 60_000, 'min', 'none (any reminder, either tier)'),
    life_reminders_outside_working_hours: informative(life.outsideHours, 'reminders', 'none (should be 0)'),
    life_desk_hours: informative(life.deskHours, 'h', `${DAYS} days, seed ${seed}`),
  };
}

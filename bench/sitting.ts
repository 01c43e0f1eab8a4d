import { liveSittingMonth, type SittingLifeReport } from '../tests/support/sitting-life';
import { atLeast, atMost, informative, type Figures } from './figure';

/** Three months of the same kind of person (different days, different answers): the goals must hold for all, pooled. */
const SEEDS = [19, 20, 21];
const WORKDAYS = 22;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length / 2;
  return s.length % 2 ? s[Math.floor(mid)]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Issue 19: how long a desk worker really sits at default settings, from the person's own
 * timeline (tests/support/sitting-life.ts), and how true the app's own sitting figure is.
 * `BENCH_ONLY=sitting npm run bench` runs this part alone (about half a minute).
 */
export async function benchSitting(): Promise<Figures> {
  const months: SittingLifeReport[] = [];
  for (const seed of SEEDS) months.push(await liveSittingMonth(WORKDAYS, seed));
  const sum = (f: (m: SittingLifeReport) => number) => months.reduce((a, m) => a + f(m), 0);
  const longest = months.flatMap((m) => m.longestPerDayMin);
  const errors = months.flatMap((m) => m.figureErrorMin);
  const perMonth = (f: (m: SittingLifeReport) => number) => months.map((m) => Math.round(f(m) * 100) / 100).join(' / ');
  const inTime = (m: SittingLifeReport) => m.boutsEndedInTime / m.boutsReachingInterval;
  return {
    sitting_bouts_ended_within_interval_plus_15_share: atLeast(
      sum((m) => m.boutsEndedInTime) / sum((m) => m.boutsReachingInterval),
      0.8,
      'of bouts',
    ),
    // Every month, not only pooled: a lucky month must not carry an unlucky one.
    sitting_bouts_ended_within_interval_plus_15_worst_month: atLeast(Math.min(...months.map(inTime)), 0.8, 'of bouts'),
    sitting_bouts_ended_within_interval_plus_15_per_month: informative(months.length, 'months', `by month: ${perMonth(inTime)}`),
    sitting_longest_bout_per_day_median_min: atMost(median(longest), 100, 'min'),
    sitting_longest_bout_per_day_median_worst_month: atMost(
      Math.max(...months.map((m) => median(m.longestPerDayMin))),
      100,
      'min',
    ),
    sitting_longest_bout_per_day_median_per_month: informative(months.length, 'months', `by month (min): ${perMonth((m) => median(m.longestPerDayMin))}`),
    sitting_longest_bout_per_day_worst_min: informative(Math.max(...longest), 'min', 'none (calls included)'),
    sitting_reminders_per_break_taken: atMost(
      sum((m) => m.stretchReminders) / sum((m) => m.breaksTaken),
      2.5,
      'reminders',
    ),
    sitting_reminders_and_heads_ups_in_calls: atMost(
      sum((m) => m.remindersInCalls),
      0,
      'notifications',
    ),
    sitting_app_figure_within_5_min_share: atLeast(
      errors.filter((e) => e <= 5).length / errors.length,
      0.95,
      'of days',
    ),
    sitting_app_figure_error_mean_min: informative(
      errors.reduce((a, e) => a + e, 0) / errors.length,
      'min',
      "the app's longest sitting of the day against the truth",
    ),
    sitting_app_figure_error_worst_min: informative(Math.max(...errors), 'min'),
    sitting_workdays: informative(
      WORKDAYS * SEEDS.length,
      'days',
      `${SEEDS.length} months of ${WORKDAYS} working days, seeds ${SEEDS.join(', ')}`,
    ),
  };
}

/**
 * Flare-up mode: a day or two of rest with only the gentlest moves, then a gentle return over the
 * rest of the week, then back to normal by itself (so nobody is stuck in it by forgetting).
 */
export const REST_HOURS = 48;
export const RETURN_DAYS = 5;

export type FlarePhase =
  | { kind: 'none' }
  | { kind: 'rest'; endsAt: Date }
  | { kind: 'return'; endsAt: Date };

const HOUR = 3_600_000;

export function flarePhase(since: string | null, now: Date): FlarePhase {
  if (!since) return { kind: 'none' };
  const start = Date.parse(since);
  // A start in the future (clock set back) counts as starting now rather than never.
  const elapsed = Math.max(0, now.getTime() - (Number.isNaN(start) ? now.getTime() : start));
  const restEnd = (Number.isNaN(start) ? now.getTime() : Math.min(start, now.getTime())) + REST_HOURS * HOUR;
  if (elapsed < REST_HOURS * HOUR) return { kind: 'rest', endsAt: new Date(restEnd) };
  const returnEnd = restEnd + RETURN_DAYS * 24 * HOUR;
  if (now.getTime() < returnEnd) return { kind: 'return', endsAt: new Date(returnEnd) };
  return { kind: 'none' };
}

export interface FlareAdjustments {
  /** Multiplies the stretch-break interval: fewer, softer nudges while resting. */
  stretchIntervalFactor: number;
  /** Sessions use only moves marked gentle. */
  gentleOnly: boolean;
  /** The walking goal does not ramp up this week. */
  walkingRampPaused: boolean;
  headline: string;
}

export function flareAdjustments(phase: FlarePhase): FlareAdjustments {
  switch (phase.kind) {
    case 'rest':
      return {
        stretchIntervalFactor: 2,
        gentleOnly: true,
        walkingRampPaused: true,
        headline: 'Resting: only the gentlest moves, and fewer reminders.',
      };
    case 'return':
      return {
        stretchIntervalFactor: 1.5,
        gentleOnly: true,
        walkingRampPaused: true,
        headline: 'Easing back in: gentle moves, reminders a little further apart.',
      };
    case 'none':
      return { stretchIntervalFactor: 1, gentleOnly: false, walkingRampPaused: false, headline: '' };
  }
}

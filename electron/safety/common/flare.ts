import type { Exercise, Position } from '../../exercises/common/schema';
import type { MessageKey } from '../../i18n/common/generated/keys';
import { t } from '../../i18n/common/translate';

/**
 * Flare-up mode keeps you moving (NICE NG59, NHS: keep active, do not sit or lie for long): for the
 * first days, gentle breaks come MORE often (a position change or an easy walk), never less often
 * than usual; then exercises come back a few positions at a time, and after a week the mode ends by
 * itself, so nobody is stuck in it by forgetting. The whole plan is this one table.
 * Sources: docs/exercise-sources.md ("Flare-up mode").
 */
export interface FlareStage {
  firstDay: number;
  lastDay: number;
  /** Positions whose exercises are all back; elsewhere only gentle moves, and never the floor. */
  back: readonly Position[];
  /** Stretch breaks at least this often (the usual interval when shorter). Null: the usual interval. */
  intervalCapMin: number | null;
  /** Breaks open the gentle routine rather than the usual one. */
  gentleBreaks: boolean;
  /** What this stage means, after "day 4 of 7: " (in the active language). */
  readonly says: string;
  /** Said the stage before, ahead of it: "the floor routine returns on day 6". */
  readonly returns: string;
}

/**
 * A stage with its words read when shown, in the active language (safety.json). The getters are
 * written on the object itself: spreading them in would read the words once, when the module loads,
 * before any language is known.
 */
function stage(plan: Omit<FlareStage, 'says' | 'returns'>, says: MessageKey, returns: MessageKey | null): FlareStage {
  return {
    ...plan,
    get says() {
      return t(says);
    },
    get returns() {
      return returns ? t(returns) : '';
    },
  };
}

export const FLARE_DAYS = 7;

export const FLARE_PLAN: readonly FlareStage[] = [
  stage({ firstDay: 1, lastDay: 2, back: [], intervalCapMin: 30, gentleBreaks: true }, 'safety.flare.stage1', null),
  stage({ firstDay: 3, lastDay: 5, back: ['seated', 'standing'], intervalCapMin: 40, gentleBreaks: false }, 'safety.flare.stage2', 'safety.flare.stage2Returns'),
  stage({ firstDay: 6, lastDay: 7, back: ['seated', 'standing', 'floor'], intervalCapMin: null, gentleBreaks: false }, 'safety.flare.stage3', 'safety.flare.stage3Returns'),
];

const DAY = 86_400_000;

export interface FlareStatus {
  /** 1 on the day it was turned on; days are 24-hour periods from that moment. */
  day: number;
  days: number;
  stage: FlareStage;
  /** When this stage ends (and the break plan changes by itself). */
  stageEndsAt: Date;
  /** The next stage, for "the floor routine returns on day 6"; null in the last one. */
  next: FlareStage | null;
}

/** Where a flare-up that began at `since` stands at `now`; null when off or over. */
export function flareStatus(since: string | null, now: Date): FlareStatus | null {
  if (!since) return null;
  const parsed = Date.parse(since);
  // A start in the future (clock set back) or unreadable counts as starting now rather than never.
  const start = Number.isNaN(parsed) ? now.getTime() : Math.min(parsed, now.getTime());
  const day = Math.floor((now.getTime() - start) / DAY) + 1;
  const index = FLARE_PLAN.findIndex((s) => day >= s.firstDay && day <= s.lastDay);
  if (index < 0) return null;
  const stage = FLARE_PLAN[index]!;
  return { day, days: FLARE_DAYS, stage, stageEndsAt: new Date(start + stage.lastDay * DAY), next: FLARE_PLAN[index + 1] ?? null };
}

/** Kept for callers that only need the phase: 'rest' is the first stage, 'return' the graded return. */
export type FlarePhase = { kind: 'none' } | { kind: 'rest' | 'return'; endsAt: Date };

export function flarePhase(since: string | null, now: Date): FlarePhase {
  const status = flareStatus(since, now);
  if (!status) return { kind: 'none' };
  return { kind: status.stage.gentleBreaks ? 'rest' : 'return', endsAt: status.stageEndsAt };
}

/** The stretch interval in force: never longer than the usual one. */
export function flareIntervalMin(usualMin: number, status: FlareStatus | null): number {
  const cap = status?.stage.intervalCapMin ?? null;
  return cap === null ? usualMin : Math.min(usualMin, cap);
}

/** Why an exercise is held back at this point of the plan, or null when it is offered. */
export function flareHoldsBack(exercise: Exercise, status: FlareStatus | null): string | null {
  if (!status || status.stage.back.includes(exercise.position)) return null;
  if (exercise.gentle && exercise.position !== 'floor') return null;
  const back = FLARE_PLAN.find((s) => s.firstDay > status.day && s.back.includes(exercise.position));
  return back ? t('safety.flare.heldBackUntil', { day: back.firstDay }) : t('safety.flare.heldBack');
}

/** "Day 4 of 7: seated and standing moves are back; the floor routine returns on day 6." */
export function flareHeadline(status: Pick<FlareStatus, 'day' | 'days'>): string {
  const index = FLARE_PLAN.findIndex((s) => status.day >= s.firstDay && status.day <= s.lastDay);
  const stage = FLARE_PLAN[Math.max(0, index)]!;
  const next = index >= 0 ? FLARE_PLAN[index + 1] : undefined;
  const day = Math.min(status.day, status.days);
  if (!next) return t('safety.flare.headline', { day, days: status.days, says: stage.says });
  return t('safety.flare.headlineWithNext', { day, days: status.days, says: stage.says, returns: next.returns, nextDay: next.firstDay });
}

export interface FlareAdjustments {
  /** Multiplies the stretch-break interval: never above 1, so a flare-up never lengthens sitting. */
  stretchIntervalFactor: number;
  /** Breaks open only the gentle routine. */
  gentleOnly: boolean;
  /** The walking goal does not ramp up this week. */
  walkingRampPaused: boolean;
}

export function flareAdjustments(usualIntervalMin: number, status: FlareStatus | null): FlareAdjustments {
  if (!status) return { stretchIntervalFactor: 1, gentleOnly: false, walkingRampPaused: false };
  return {
    stretchIntervalFactor: flareIntervalMin(usualIntervalMin, status) / usualIntervalMin,
    gentleOnly: status.stage.gentleBreaks,
    walkingRampPaused: true,
  };
}

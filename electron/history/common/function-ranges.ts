/** The two pains rated apart (issue 22): leg pain retreating or spreading is the signal that matters. */
export const PAIN_SITES = ['leg', 'back'] as const;
export type PainSite = (typeof PAIN_SITES)[number];

/**
 * The weekly function answers, as ranges of minutes: a person can say "about 20 minutes" far more
 * reliably than "23". Codes are stored in history, so they never change; `min`/`max` are minutes
 * (max null: open-ended). Ordered from least to most able.
 */
export const SIT_RANGES = ['lt10', '10-30', '30-60', '60-120', 'gt120'] as const;
export const WALK_RANGES = ['lt5', '5-15', '15-30', '30-60', 'gt60'] as const;
export type SitRange = (typeof SIT_RANGES)[number];
export type WalkRange = (typeof WALK_RANGES)[number];

export interface RangeBounds {
  min: number;
  max: number | null;
}

const BOUNDS: Record<SitRange | WalkRange, RangeBounds> = {
  lt10: { min: 0, max: 10 },
  '10-30': { min: 10, max: 30 },
  '30-60': { min: 30, max: 60 },
  '60-120': { min: 60, max: 120 },
  gt120: { min: 120, max: null },
  lt5: { min: 0, max: 5 },
  '5-15': { min: 5, max: 15 },
  '15-30': { min: 15, max: 30 },
  gt60: { min: 60, max: null },
};

export const rangeBounds = (range: SitRange | WalkRange): RangeBounds => BOUNDS[range];

import type { WeekFigures } from './weekly';

/** The weekly pain chart's drawing, in one place for the window (SVG elements) and the printed summary (SVG text). */
export const TREND_W = 640;
export const TREND_H = 250;
export const TREND_PAD = { l: 44, r: 16, t: 30, b: 46 };
export const TREND_PAIN_TICKS = [0, 2, 4, 6, 8, 10] as const;

export interface TrendPoint {
  x: number;
  y: number;
  value: number;
  /** A meaningful drop from the first rated week. */
  drop: boolean;
}

export const trendY = (value: number) => TREND_H - TREND_PAD.b - ((TREND_H - TREND_PAD.t - TREND_PAD.b) * value) / 10;
export const trendX = (index: number, count: number) => TREND_PAD.l + ((TREND_W - TREND_PAD.l - TREND_PAD.r) / count) * (index + 0.5);

/** Points of one series; weeks without a median are gaps (runs are drawn apart, never joined across). */
export function trendRuns(weeks: readonly WeekFigures[], site: 'leg' | 'back' | 'unsplit'): TrendPoint[][] {
  const runs: TrendPoint[][] = [];
  let run: TrendPoint[] = [];
  weeks.forEach((w, i) => {
    const value = w[site];
    if (value === null) {
      if (run.length) runs.push(run);
      run = [];
      return;
    }
    const drop = site === 'leg' ? w.legDrop : site === 'back' ? w.backDrop : false;
    run.push({ x: trendX(i, weeks.length), y: trendY(value), value, drop });
  });
  if (run.length) runs.push(run);
  return runs;
}

/** Which weeks get a label on the x axis: every other one from the newest when there are more than 8. */
export function labelledWeeks(count: number): Set<number> {
  const every = count > 8 ? 2 : 1;
  const out = new Set<number>();
  for (let i = count - 1; i >= 0; i -= every) out.add(i);
  return out;
}

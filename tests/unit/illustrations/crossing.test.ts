import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../../electron/exercises/common/routines';
import { CROSSING_MODELS, crossingView, type FlatSegment, type V3 } from '../../../renderer/src/illustrations/crossing-view';
import { BODY, type Vec } from '../../../renderer/src/illustrations/skeleton';
import { crossing } from './helpers';
import { t } from '../../../electron/i18n/common/translate';

/** Where along a–b (0…1) the point p lies, by its nearest projection. */
const along = (a: Vec, b: Vec, p: Vec) => ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2);
const heightAt = (s: FlatSegment, p: Vec) => s.za + (s.zb - s.za) * along(s.a, s.b, p);
/** Shortest distance between two 3-D segments, by sampling (enough for contact at a limb's width). */
function segmentGap(a: V3, b: V3, c: V3, d: V3): number {
  let best = Infinity;
  const at = (p: V3, q: V3, t: number) => [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t, p[2] + (q[2] - p[2]) * t];
  for (let i = 0; i <= 100; i++) for (let j = 0; j <= 100; j++) {
    const u = at(a, b, i / 100);
    const v = at(c, d, j / 100);
    best = Math.min(best, Math.hypot(u[0]! - v[0]!, u[1]! - v[1]!, u[2]! - v[2]!));
  }
  return best;
}

describe('the view from above shows the crossing a side view hides', () => {
  it('exists for every move whose steps cross one leg over the other', () => {
    const crossingMoves = EXERCISES.filter((e) => e.steps.some((s) => /\bcross\b|ankle on the opposite knee/i.test(s))).map((e) => e.id);
    expect(crossingMoves.sort()).toEqual(['figure-four-seated', 'piriformis-floor']);
    for (const id of crossingMoves) expect(CROSSING_MODELS[id], id).toBeDefined();
  });

  for (const [id, model] of Object.entries(CROSSING_MODELS)) {
    for (const side of [1, 2] as const) {
      it(`${id}, side ${side}: the crossing leg lies over the other thigh where they cross, and is drawn on top`, () => {
        const view = crossingView(model, side);
        const over = view.segments.find((s) => s.id === view.crossing)!;
        const thigh = view.segments.find((s) => s.id === 'under-thigh')!;
        const at = crossing(over.a, over.b, thigh.a, thigh.b);
        expect(at, 'the two cross on the picture').not.toBeNull();
        // Seen from above: at the crossing the crossing leg is higher, nearer the viewer.
        expect(heightAt(over, at!)).toBeGreaterThan(heightAt(thigh, at!) + BODY.limbRadius);
        expect(view.segments.indexOf(over)).toBeGreaterThan(view.segments.indexOf(thigh));
        // Resting on it, not floating above or passing through: about a limb's width apart.
        const overLeg = model.over;
        const [p, q] = model.crossing === 'thigh' ? [overLeg.hip, overLeg.knee] : [overLeg.knee, overLeg.ankle];
        const gap = segmentGap(p, q, model.under.hip, model.under.knee);
        expect(gap).toBeGreaterThanOrEqual(2 * BODY.limbRadius - 2.5);
        expect(gap).toBeLessThanOrEqual(2 * BODY.limbRadius + 2.5);
      });
    }
  }

  it('names the sides as the catalogue does, and side two is the mirror with the words swapped', () => {
    for (const [id, model] of Object.entries(CROSSING_MODELS)) {
      const exercise = EXERCISES.find((e) => e.id === id)!;
      const [one, two] = [crossingView(model, 1), crossingView(model, 2)];
      expect(t(one.label).toLowerCase()).toContain(`the ${exercise.sideLabels![0].split(' ')[0]!.toLowerCase()} `);
      expect(t(two.label).toLowerCase()).toContain(`the ${exercise.sideLabels![1].split(' ')[0]!.toLowerCase()} `);
      one.segments.forEach((s, i) => {
        const m = two.segments[i]!;
        expect([m.id, -m.a[0], m.a[1], -m.b[0], m.b[1]]).toEqual([s.id, s.a[0], s.a[1], s.b[0], s.b[1]]);
      });
    }
  });

  it('the crossing leg is the working one, drawn in the accent colour; the supporting one is not', () => {
    for (const model of Object.values(CROSSING_MODELS)) {
      const view = crossingView(model, 1);
      for (const s of view.segments) expect(s.working, s.id).toBe(s.id.startsWith('over-'));
    }
  });
});

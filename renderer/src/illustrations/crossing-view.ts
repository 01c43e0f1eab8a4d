import { BODY, type Vec } from './skeleton';
import type { MessageKey } from '@electron/i18n/common/generated/keys';

/**
 * A second view for the moves that cross one leg over the other, where the side view can only show
 * two bent legs at different angles: the legs seen from above, so the crossed shin visibly lies
 * over the other thigh (the "4" of the figure-four). A small 3-D model, drawn flat from above:
 * x to the viewer's right, y down the picture (toward the feet, or forward for the seated move),
 * z up toward the viewer. Parts nearer the viewer are drawn last, as they are seen.
 */
export type V3 = readonly [number, number, number];

interface Leg3 {
  hip: V3;
  knee: V3;
  ankle: V3;
  toe: V3;
}

export interface CrossingModel {
  /** What the view shows on side one, for screen readers. */
  label: MessageKey;
  /** The same for side two, the mirror: "left" and "right" swapped (in each language's own words). */
  labelMirrored: MessageKey;
  shoulders: readonly [V3, V3];
  head: V3;
  /** Which part of the crossing leg lies over the other leg's thigh. */
  crossing: 'thigh' | 'shin';
  /** The leg crossed over (the supporting one) and the leg crossing it. */
  under: Leg3;
  over: Leg3;
}

/** A drawn stroke, from above: its ends on the picture and its height at each end. */
export interface FlatSegment {
  id: 'shoulders' | 'trunk' | 'under-thigh' | 'under-shin' | 'under-foot' | 'over-thigh' | 'over-shin' | 'over-foot';
  a: Vec;
  b: Vec;
  za: number;
  zb: number;
  working: boolean;
}

export interface CrossingView {
  label: MessageKey;
  /** The stroke that lies over the other leg's thigh. */
  crossing: 'over-thigh' | 'over-shin';
  /** In drawing order: lowest first, so what is nearer the viewer covers what is under it. */
  segments: FlatSegment[];
  head: { c: Vec; z: number };
  viewBox: [number, number, number, number];
}

/**
 * Lying on the back, legs crossed as on a chair (the seed's "right leg over your left"), both knees
 * drawn toward the chest: the right thigh lies across the left one near the knee, the right shin
 * beside the left. Person's right is the viewer's left.
 */
const PIRIFORMIS_FLOOR: CrossingModel = {
  label: 'app.figure.fromAbovePiriformisRight',
  labelMirrored: 'app.figure.fromAbovePiriformisLeft',
  crossing: 'thigh',
  shoulders: [
    [-20, -62, 8],
    [20, -62, 8],
  ],
  head: [0, -80, 10],
  under: { hip: [9, 0, 8], knee: [8, -24, 36], ankle: [4, 12, 28], toe: [4, 22, 26] },
  over: { hip: [-9, 0, 8], knee: [13, -25, 64], ankle: [22, 8, 50], toe: [24, 18, 48] },
};

/** Sitting tall: the thighs forward on the seat, the right ankle resting on the left knee. */
const FIGURE_FOUR_SEATED: CrossingModel = {
  label: 'app.figure.fromAboveFigureFourRight',
  labelMirrored: 'app.figure.fromAboveFigureFourLeft',
  crossing: 'shin',
  shoulders: [
    [-20, -4, 95],
    [20, -4, 95],
  ],
  head: [0, -2, 112],
  under: { hip: [9, 0, 45], knee: [10, 40, 46], ankle: [10, 42, 5], toe: [10, 54, 5] },
  over: { hip: [-9, 0, 45], knee: [-36, 26, 52], ankle: [14, 32, 57], toe: [24, 34, 58] },
};

/** The moves whose crossing a side view hides: both piriformis moves and the seated figure-four. */
export const CROSSING_MODELS: Readonly<Record<string, CrossingModel>> = {
  'piriformis-floor': PIRIFORMIS_FLOOR,
  'figure-four-seated': FIGURE_FOUR_SEATED,
};

const flat = (p: V3, side: 1 | 2): Vec => [side === 2 ? -p[0] : p[0], p[1]];

/** The view from above, side two mirrored (the left leg crossing over the right). */
export function crossingView(model: CrossingModel, side: 1 | 2): CrossingView {
  const seg = (id: FlatSegment['id'], a: V3, b: V3, working: boolean): FlatSegment => ({ id, a: flat(a, side), b: flat(b, side), za: a[2], zb: b[2], working });
  const hipMid: V3 = [(model.under.hip[0] + model.over.hip[0]) / 2, (model.under.hip[1] + model.over.hip[1]) / 2, Math.min(model.under.hip[2], model.over.hip[2])];
  const shoulderMid: V3 = [(model.shoulders[0][0] + model.shoulders[1][0]) / 2, (model.shoulders[0][1] + model.shoulders[1][1]) / 2, model.shoulders[0][2]];
  const leg = (l: Leg3, name: 'under' | 'over') => [
    seg(`${name}-thigh`, l.hip, l.knee, name === 'over'),
    seg(`${name}-shin`, l.knee, l.ankle, name === 'over'),
    seg(`${name}-foot`, l.ankle, l.toe, name === 'over'),
  ];
  const segments = [seg('trunk', hipMid, shoulderMid, false), seg('shoulders', model.shoulders[0], model.shoulders[1], false), ...leg(model.under, 'under'), ...leg(model.over, 'over')];
  // Painter's order by the higher end: a shin resting on a thigh is drawn after it.
  segments.sort((s, t) => Math.max(s.za, s.zb) - Math.max(t.za, t.zb));
  const points = segments.flatMap((s) => [s.a, s.b]).concat([flat(model.head, side)]);
  const pad = BODY.limbRadius + BODY.headRadius;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x0 = Math.min(...xs) - pad;
  const y0 = Math.min(...ys) - pad;
  const label = side === 1 ? model.label : model.labelMirrored;
  return { label, crossing: `over-${model.crossing}`, segments, head: { c: flat(model.head, side), z: model.head[2] }, viewBox: [x0, y0, Math.max(...xs) + pad - x0, Math.max(...ys) + pad - y0] };
}

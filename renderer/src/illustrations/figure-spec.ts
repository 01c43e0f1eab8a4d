import type { Keyframe, Vec } from './skeleton';
import type { MessageKey } from '@electron/i18n/common/generated/keys';

/** The drawable parts of the body; the ones an exercise works are drawn in the accent colour. */
export type PartId = 'trunk' | 'near-leg' | 'far-leg' | 'near-arm' | 'far-arm' | 'shoulders';

/** A named point of the solved body, for arrows to follow. */
export type PointRef = 'head' | 'hip' | 'shoulder' | 'near-knee' | 'near-ankle' | 'far-knee';

/** `only`: the arrow shows in that keyframe alone (a press that comes and goes); otherwise always. */
export type ArrowSpec =
  /** Follows one point of the body from one keyframe to another, set off to one side. */
  | { kind: 'follow'; point: PointRef; from: number; to: number; offset: Vec; bow?: number; scale?: number; only?: number }
  /** Part of a circle round a point of the body, from one angle to another (degrees, 0 = the front, -90 = up). */
  | { kind: 'orbit'; point: PointRef; frame: number; radius: number; fromDeg: number; toDeg: number; only?: number }
  /** A straight arrow between two stage points (walking direction, a squeeze). */
  | { kind: 'line'; from: Vec; to: Vec; only?: number };

export type PropSpec =
  | { kind: 'mat' }
  /** A chair seen from the side: seat top height, seat from `back` to `front` (x), backrest at `back`. */
  | { kind: 'chair'; seatY: number; back: number; front: number }
  /** A desk seen from the side with a screen on it; `screenTop` is the height the eyes should meet. */
  | { kind: 'desk'; x: number; topY: number; screenTop: number }
  | { kind: 'step'; x: number; width: number; topY: number };

export interface FigureSpec {
  /** What the picture shows, for screen readers: a key of app.json, said in the active language. */
  label: MessageKey;
  /** Start, end, and optionally one more: the figure loops through them during a hold. */
  frames: Keyframe[];
  /** The frame shown when motion is reduced: the position the exercise holds. */
  still: number;
  /** Seconds for one loop through every frame and back. */
  loopSec: number;
  working: PartId[];
  arrows: ArrowSpec[];
  props: PropSpec[];
  /** Draw the near arm behind the trunk, so a working trunk is not hidden (arms resting by the sides). */
  armsBehindTrunk?: boolean;
  /** A towel from the near hand to the near foot. */
  towel?: boolean;
  /** A dashed eye line to the top of the screen, shown in that keyframe. */
  eyeLine?: number;
  /** 'hold' (default): ease into the last frame and stay there; 'swing': alternate evenly (walking); 'cycle': one frame after another. */
  rhythm?: 'hold' | 'swing' | 'cycle';
}

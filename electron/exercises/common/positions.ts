import { z } from 'zod/mini';
import { NeedSchema, PositionSchema, type Position } from './schema';

/**
 * What taking up each position costs before the first hold: time to get there from the desk, what
 * it needs, and how to leave it. Per position rather than per exercise, because getting down to the
 * floor takes the same care whichever floor move comes first.
 */
const PositionSetupSchema = z.strictObject({
  /** Seconds from "get ready" to the first hold when arriving in this position. */
  leadInSec: z.number().check(z.int(), z.minimum(5), z.maximum(60)),
  needs: z.array(NeedSchema).check(z.maxLength(3)),
  /** Said during the lead-in. */
  leadInCue: z.string().check(z.minLength(3), z.maxLength(200)),
  /** Leaving the floor: roll onto your side before getting up (and the seconds that takes). */
  getUp: z.nullable(
    z.strictObject({
      cue: z.string().check(z.minLength(3), z.maxLength(200)),
      seconds: z.number().check(z.int(), z.minimum(5), z.maximum(60)),
    }),
  ),
  /** Where the routine happens, as the reminder and home screen sum it up. */
  place: z.enum(['floor', 'desk', 'walking']),
});
export type PositionSetup = z.infer<typeof PositionSetupSchema>;

const RAW: Record<Position, unknown> = {
  floor: {
    leadInSec: 20,
    needs: ['mat'],
    leadInCue: 'Take your time getting down: kneel first, sit to one side, then lie back on the mat.',
    getUp: { cue: 'Before you get up, bend your knees, roll onto your side and push yourself up with your arms.', seconds: 10 },
    place: 'floor',
  },
  seated: { leadInSec: 5, needs: ['chair'], leadInCue: 'Settle into your chair.', getUp: null, place: 'desk' },
  standing: { leadInSec: 5, needs: [], leadInCue: 'Stand up slowly beside your desk.', getUp: null, place: 'desk' },
  walking: { leadInSec: 10, needs: [], leadInCue: 'Stand up slowly and head off.', getUp: null, place: 'walking' },
};

export const POSITION_SETUP: Readonly<Record<Position, PositionSetup>> = Object.fromEntries(
  PositionSchema.options.map((position) => {
    const parsed = PositionSetupSchema.safeParse(RAW[position]);
    if (!parsed.success) throw new Error(`Position ${position} is invalid: ${parsed.error.issues[0]?.message ?? ''}`);
    return [position, parsed.data];
  }),
) as Record<Position, PositionSetup>;

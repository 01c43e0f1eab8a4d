import { z } from 'zod/mini';
import type { MessageKey } from '../../i18n/common/generated/keys';
import { t } from '../../i18n/common/translate';
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

/** As written: message keys where the words go (exercises.json); read through `t()` below. */
const RAW: Record<Position, Omit<PositionSetup, 'leadInCue' | 'getUp'> & { leadInCue: MessageKey; getUp: { cue: MessageKey; seconds: number } | null }> = {
  floor: {
    leadInSec: 20,
    needs: ['mat'],
    leadInCue: 'exercises.position.floor.leadIn',
    getUp: { cue: 'exercises.position.floor.getUp', seconds: 10 },
    place: 'floor',
  },
  seated: { leadInSec: 5, needs: ['chair'], leadInCue: 'exercises.position.seated.leadIn', getUp: null, place: 'desk' },
  standing: { leadInSec: 5, needs: [], leadInCue: 'exercises.position.standing.leadIn', getUp: null, place: 'desk' },
  walking: { leadInSec: 10, needs: [], leadInCue: 'exercises.position.walking.leadIn', getUp: null, place: 'walking' },
};

export const POSITION_SETUP: Readonly<Record<Position, PositionSetup>> = Object.fromEntries(
  PositionSchema.options.map((position) => {
    const parsed = PositionSetupSchema.safeParse(RAW[position]);
    if (!parsed.success) throw new Error(`Position ${position} is invalid: ${parsed.error.issues[0]?.message ?? ''}`);
    const { leadInCue, getUp } = parsed.data;
    // Read when used, not when loaded: the language is known only after the modules load.
    const localized: PositionSetup = {
      ...parsed.data,
      get leadInCue() {
        return t(leadInCue as MessageKey);
      },
      getUp: getUp && {
        seconds: getUp.seconds,
        get cue() {
          return t(getUp.cue as MessageKey);
        },
      },
    };
    return [position, localized];
  }),
) as Record<Position, PositionSetup>;

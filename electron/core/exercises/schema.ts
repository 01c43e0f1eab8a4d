import { z } from 'zod';

export const PositionSchema = z.enum(['floor', 'seated', 'standing', 'walking']);
export type Position = z.infer<typeof PositionSchema>;

/** Things to have ready before a routine starts; the player lists them up front. */
export const NeedSchema = z.enum(['mat', 'towel', 'chair', 'step']);
export type Need = z.infer<typeof NeedSchema>;

const sentence = z.string().min(3).max(240);
/** A side's name as the player shows and says it: "Right over left", "Left leg". */
const sideLabel = z.string().min(3).max(40);

export const ExerciseSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(3).max(60),
    position: PositionSchema,
    /** One line for lists and spoken cues. */
    summary: sentence,
    steps: z.array(sentence).min(1).max(8),
    cues: z.array(sentence).min(1).max(6),
    feel: sentence,
    stopIf: z.array(sentence).min(1),
    holdSec: z.number().int().min(5).max(900),
    /** 2: done on each side, with a switch in between. */
    sides: z.union([z.literal(1), z.literal(2)]),
    /** Two-sided exercises name each side, in the order they are done. */
    sideLabels: z.tuple([sideLabel, sideLabel]).optional(),
    /** Leg exercises say "Switch legs"; others "Switch sides". */
    limb: z.enum(['leg', 'body']),
    reps: z.number().int().min(1).max(10),
    /** Safe during a flare-up. */
    gentle: z.boolean(),
    /**
     * Getting ready beyond taking up the position (positions.ts covers getting down to the floor):
     * what this exercise needs, and the extra seconds its own preparation takes (fetching a towel).
     */
    setup: z
      .object({
        needs: z.array(NeedSchema).max(4),
        extraLeadInSec: z.number().int().min(0).max(60),
        /** Said during the lead-in when there is something to prepare. */
        prepare: sentence.optional(),
      })
      .strict()
      .refine((s) => s.extraLeadInSec === 0 || s.prepare !== undefined, 'Extra lead-in time needs a "prepare" line saying what it is for.'),
    source: z.discriminatedUnion('kind', [
      /** `adapted`: what this version changes from the seed's description, and why. */
      z.object({ kind: z.literal('seed'), fact: sentence, adapted: sentence.optional() }).strict(),
      z.object({ kind: z.literal('variant'), note: sentence }).strict(),
    ]),
  })
  .strict()
  .refine((e) => (e.sides === 2) === (e.sideLabels !== undefined), {
    message: 'A two-sided exercise names both sides (sideLabels); a one-sided one names none.',
    path: ['sideLabels'],
  });
export type Exercise = z.infer<typeof ExerciseSchema>;

export const RoutineStepSchema = z.object({ exerciseId: z.string(), holdSec: z.number().int().min(5).max(900).optional() }).strict();

export const RoutineSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(3).max(40),
    description: sentence,
    where: z.string().min(3).max(40),
    steps: z.array(RoutineStepSchema).min(1),
    /** The walk break is logged as a walk as well as a session. */
    logsWalk: z.boolean().default(false),
  })
  .strict();
export type Routine = z.infer<typeof RoutineSchema>;

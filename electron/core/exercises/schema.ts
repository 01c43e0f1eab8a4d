import { z } from 'zod';

export const PositionSchema = z.enum(['floor', 'seated', 'standing', 'walking']);
export type Position = z.infer<typeof PositionSchema>;

const sentence = z.string().min(3).max(240);

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
    /** Leg exercises say "Switch legs"; others "Switch sides". */
    limb: z.enum(['leg', 'body']),
    reps: z.number().int().min(1).max(10),
    /** Safe during a flare-up. */
    gentle: z.boolean(),
    source: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('seed'), fact: sentence }),
      z.object({ kind: z.literal('variant'), note: sentence }),
    ]),
  })
  .strict();
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

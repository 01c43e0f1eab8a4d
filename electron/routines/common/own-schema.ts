import { z } from 'zod/mini';
import '../../base/common/validation-messages';
import { t } from '../../i18n/common/translate';
import type { MessageKey } from '../../i18n/common/generated/keys';
import { NeedSchema, PictureSchema } from '../../exercises/common/schema';

/**
 * The person's own exercises and routines (issue 24), as stored, sent over IPC and shared as a
 * file (docs/routine-format.md). One schema for all three, written with zod/mini so the editor in
 * the window checks its fields with it too. Every bound is humane and safe for sciatica: holds of
 * 5 s to 5 min, at most 10 reps, rests and switches long enough to move calmly.
 */
export const OWN_BOUNDS = {
  name: { min: 2, max: 60 },
  sentence: { min: 3, max: 240 },
  steps: { min: 1, max: 8 },
  holdSec: { min: 5, max: 300 },
  reps: { min: 1, max: 10 },
  restSec: { min: 3, max: 60 },
  switchSec: { min: 5, max: 60 },
  routineSteps: { min: 1, max: 20 },
  exercises: { max: 200 },
  routines: { max: 100 },
} as const;

/** A message looked up when a value fails, in the language active then. */
const say = (key: MessageKey, values?: Record<string, string | number>) => () => t(key, values);

/**
 * Text a person typed is shown as text everywhere (the window, notifications, the tray), never as
 * markup. Control characters and the invisible direction overrides that could disguise it are refused.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const text = (min: number, max: number, tooShort: MessageKey, tooLong: MessageKey) =>
  z.string({ error: say('routines.error.text') }).check(
    z.trim(),
    z.minLength(min, { error: say(tooShort, { min }) }),
    z.maxLength(max, { error: say(tooLong, { max }) }),
    z.refine((s) => !HIDDEN.test(s), { error: say('routines.error.hidden') }),
  );
const name = () => text(OWN_BOUNDS.name.min, OWN_BOUNDS.name.max, 'routines.error.nameShort', 'routines.error.nameLong');
const sentence = () => text(OWN_BOUNDS.sentence.min, OWN_BOUNDS.sentence.max, 'routines.error.sentenceShort', 'routines.error.sentenceLong');

const WHOLE_ERRORS = {
  holdSec: 'routines.error.holdSec',
  reps: 'routines.error.reps',
  restSec: 'routines.error.restSec',
  switchSec: 'routines.error.switchSec',
} as const satisfies Record<string, MessageKey>;
const whole = (field: keyof typeof WHOLE_ERRORS) => {
  const { min, max } = OWN_BOUNDS[field];
  const message = say(WHOLE_ERRORS[field], { min, max });
  return z.number({ error: message }).check(z.int({ error: message }), z.minimum(min, { error: message }), z.maximum(max, { error: message }));
};

/** Own ids: `own-` and a short random part, so they never take a built-in's id. */
export const OWN_ID = /^own-[a-z0-9]{1,36}$/;
export const OwnIdSchema = z.string().check(z.regex(OWN_ID, { error: say('routines.error.id') }));
/** A routine step names a built-in exercise (a catalogue slug) or an own one. */
const exerciseRef = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/, { error: say('routines.error.id') }));

export const OwnPositionSchema = z.enum(['seated', 'standing', 'floor'], { error: say('routines.error.position') });

export const OwnExerciseSchema = z
  .strictObject({
    id: OwnIdSchema,
    name: name(),
    steps: z.array(sentence()).check(
      z.minLength(OWN_BOUNDS.steps.min, { error: say('routines.error.stepsNone') }),
      z.maxLength(OWN_BOUNDS.steps.max, { error: say('routines.error.stepsMany', { max: OWN_BOUNDS.steps.max }) }),
    ),
    /** "Stop if…": when to stop, in the clinician's words. */
    stopIf: sentence(),
    needs: z.array(NeedSchema).check(z.maxLength(4), z.refine((n) => new Set(n).size === n.length, { error: say('routines.error.needsTwice') })),
    position: OwnPositionSchema,
    sides: z.union([z.literal(1), z.literal(2)], { error: say('routines.error.sides') }),
    /** Two-sided exercises name each side, in the order they are done ("Right leg", "Left leg"). */
    sideLabels: z.optional(z.tuple([name(), name()])),
    holdSec: whole('holdSec'),
    reps: whole('reps'),
    restSec: whole('restSec'),
    switchSec: whole('switchSec'),
    picture: z.optional(PictureSchema),
    /** Marked gentle by the person or clinician: the only own exercises offered during a flare-up. */
    gentle: z.boolean(),
  })
  .check(
    z.refine((e) => (e.sides === 2) === (e.sideLabels !== undefined), { error: say('routines.error.sideLabels'), path: ['sideLabels'] }),
  );
export type OwnExercise = z.infer<typeof OwnExerciseSchema>;

export const OwnStepSchema = z.strictObject({
  exerciseId: exerciseRef,
  holdSec: z.optional(whole('holdSec')),
  reps: z.optional(whole('reps')),
  sides: z.optional(z.union([z.literal(1), z.literal(2)], { error: say('routines.error.sides') })),
  restSec: z.optional(whole('restSec')),
  switchSec: z.optional(whole('switchSec')),
});
export type OwnStep = z.infer<typeof OwnStepSchema>;

export const OwnRoutineSchema = z.strictObject({
  id: OwnIdSchema,
  name: name(),
  steps: z.array(OwnStepSchema).check(
    z.minLength(OWN_BOUNDS.routineSteps.min, { error: say('routines.error.routineEmpty') }),
    z.maxLength(OWN_BOUNDS.routineSteps.max, { error: say('routines.error.routineLong', { max: OWN_BOUNDS.routineSteps.max }) }),
  ),
});
export type OwnRoutine = z.infer<typeof OwnRoutineSchema>;

/** The routines file in the data folder, version 1. */
export const OWN_LIBRARY_VERSION = 1;
export const OwnLibrarySchema = z.strictObject({
  version: z.literal(OWN_LIBRARY_VERSION),
  exercises: z.array(OwnExerciseSchema).check(z.maxLength(OWN_BOUNDS.exercises.max, { error: say('routines.error.tooManyExercises', { max: OWN_BOUNDS.exercises.max }) })),
  routines: z.array(OwnRoutineSchema).check(z.maxLength(OWN_BOUNDS.routines.max, { error: say('routines.error.tooManyRoutines', { max: OWN_BOUNDS.routines.max }) })),
});
export type OwnLibrary = z.infer<typeof OwnLibrarySchema>;
export const emptyLibrary = (): OwnLibrary => ({ version: OWN_LIBRARY_VERSION, exercises: [], routines: [] });

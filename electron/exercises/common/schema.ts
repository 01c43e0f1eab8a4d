import { z } from 'zod/mini';

// zod/mini, like settings/schema.ts. The catalogue is checked with these by its test and by main
// (catalogue-check.ts), not in the window: the window imports this module for its types and enums,
// and the builders below are marked pure so that, unused there, they leave the window's bundle.

export const PositionSchema = /* @__PURE__ */ z.enum(['floor', 'seated', 'standing', 'walking']);
export type Position = z.infer<typeof PositionSchema>;

/** Things to have ready before a routine starts; the player lists them up front. */
export const NeedSchema = /* @__PURE__ */ z.enum(['mat', 'towel', 'chair', 'step']);
export type Need = z.infer<typeof NeedSchema>;

/**
 * The text fields' rules. The catalogue's own entries hold message keys (electron/i18n/locales/
 * <locale>/exercises.json) and are checked against KEY_TEXT when the module loads; what a person
 * reads is checked against SHOWN_TEXT, in every language, by tests/unit/exercises/common/locales.test.ts.
 */
interface TextRules {
  sentence: z.ZodMiniString;
  name: z.ZodMiniString;
  /** A short label: a side's name as the player shows and says it ("Right over left"), a routine's name. */
  label: z.ZodMiniString;
  repCue: z.ZodMiniString;
}
// Rules are built by functions, and each schema below is marked pure: rolldown then leaves every
// schema the window does not use out of its bundle (zod's own annotations are not honoured
// through the `z` namespace, so a schema built at module level would keep all of zod's core).
const shownText = (): TextRules => ({
  sentence: z.string().check(z.minLength(3), z.maxLength(240)),
  name: z.string().check(z.minLength(3), z.maxLength(60)),
  label: z.string().check(z.minLength(3), z.maxLength(40)),
  repCue: z.string().check(z.minLength(2), z.maxLength(24)),
});
const keyText = (): TextRules => {
  const key = z.string().check(z.regex(/^exercises\.[A-Za-z0-9.]+$/));
  return { sentence: key, name: key, label: key, repCue: key };
};

const slug = () => z.string().check(z.regex(/^[a-z0-9-]+$/));
const holdSec = () => z.number().check(z.int(), z.minimum(5), z.maximum(900));
const restSec = () => z.number().check(z.int(), z.minimum(3), z.maximum(60));

/** The figures an own exercise may borrow: the catalogue's keyframed poses (renderer/src/illustrations/). */
export const POSE_IDS = [
  'figure-four-seated',
  'hamstring-seated',
  'hamstring-standing',
  'hamstring-heel-down',
  'sit-tall-reset',
  'shoulder-rolls',
  'piriformis-floor',
  'hamstring-floor',
  'bridge',
  'core-brace',
] as const;
/** An own image's id in the data folder's images/ (electron/routines/node/image-store.ts). */
export const IMAGE_ID = /^img-[a-f0-9]{32}$/;
// Built in a function, as the other schemas here: a schema made at the top level stays in every
// bundle that imports this file (the window's first frame), used or not.
const pictureSchema = () =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('pose'), pose: z.enum(POSE_IDS) }),
    z.strictObject({ kind: z.literal('image'), imageId: z.string().check(z.regex(IMAGE_ID)) }),
  ]);
export const PictureSchema = /* @__PURE__ */ pictureSchema();
export type Picture = z.infer<typeof PictureSchema>;
/** Where an instruction comes from: documentation for maintainers, never shown, so English only. */
const sourceNote = () => z.string().check(z.minLength(3), z.maxLength(240));

const exerciseSchema = ({ sentence, name, label, repCue }: TextRules) =>
  z
    .strictObject({
      id: slug(),
      name,
      position: PositionSchema,
      /** One line for lists and spoken cues. */
      summary: sentence,
      steps: z.array(sentence).check(z.minLength(1), z.maxLength(8)),
      cues: z.array(sentence).check(z.minLength(1), z.maxLength(6)),
      feel: sentence,
      stopIf: z.array(sentence).check(z.minLength(1)),
      holdSec: holdSec(),
      /** 2: done on each side, with a switch in between. */
      sides: z.union([z.literal(1), z.literal(2)]),
      /** Two-sided exercises name each side, in the order they are done. */
      sideLabels: z.optional(z.tuple([label, label])),
      /** Leg exercises say "Switch legs"; others "Switch sides". */
      limb: z.enum(['leg', 'body']),
      reps: z.number().check(z.int(), z.minimum(1), z.maximum(10)),
      /** Safe during a flare-up. */
      gentle: z.boolean(),
      /**
       * Getting ready beyond taking up the position (plan.ts's position lead-ins cover getting down to the floor):
       * what this exercise needs, and the extra seconds its own preparation takes (fetching a towel).
       */
      setup: z
        .strictObject({
          needs: z.array(NeedSchema).check(z.maxLength(4)),
          extraLeadInSec: z.number().check(z.int(), z.minimum(0), z.maximum(60)),
          /** Said during the lead-in when there is something to prepare. */
          prepare: z.optional(sentence),
        })
        .check(z.refine((s) => s.extraLeadInSec === 0 || s.prepare !== undefined, 'Extra lead-in time needs a "prepare" line saying what it is for.')),
      source: z.discriminatedUnion('kind', [
        /** `adapted`: what this version changes from the seed's description, and why. */
        z.strictObject({ kind: z.literal('seed'), fact: sourceNote(), adapted: z.optional(sourceNote()) }),
        z.strictObject({ kind: z.literal('variant'), note: sourceNote() }),
        /** Written by the person or their clinician (electron/routines/): the screening cannot judge it. */
        z.strictObject({ kind: z.literal('own') }),
      ]),
      /** Seconds to change sides (default DEFAULT_SWITCH_SEC): long enough for the movement the steps describe. */
      switchSec: z.optional(z.number().check(z.int(), z.minimum(5), z.maximum(60))),
      /** Said and shown when changing sides, before the new side's name: how to get there. */
      switchCue: z.optional(sentence),
      /** What the voice says as each rep begins and ends ("Lift", "Lower"); "Hold" and "Rest" come between. */
      repCues: z.optional(z.strictObject({ begin: repCue, end: repCue })),
      /** Seconds of rest between reps (default TIMING.switchSec); own exercises set their own. */
      restSec: z.optional(restSec()),
      /** What the player draws: a figure from the pose library, or the person's own stored image. */
      picture: z.optional(pictureSchema()),
    })
    .check(
      z.refine((e) => (e.sides === 2) === (e.sideLabels !== undefined), {
        message: 'A two-sided exercise names both sides (sideLabels); a one-sided one names none.',
        path: ['sideLabels'],
      }),
    );

export const ExerciseSchema = /* @__PURE__ */ exerciseSchema(/* @__PURE__ */ shownText());
/** The catalogue's entries as written: message keys where the words go. */
export const ExerciseSourceSchema = /* @__PURE__ */ exerciseSchema(/* @__PURE__ */ keyText());
export type Exercise = z.infer<typeof ExerciseSchema>;

/** A step may change its exercise's hold, reps, sides (a two-sided one done on the first side only), rest and switch. */
const routineStepSchema = () =>
  z.strictObject({
    exerciseId: z.string(),
    holdSec: z.optional(holdSec()),
    reps: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(10))),
    sides: z.optional(z.union([z.literal(1), z.literal(2)])),
    restSec: z.optional(restSec()),
    switchSec: z.optional(z.number().check(z.int(), z.minimum(5), z.maximum(60))),
  });
export const RoutineStepSchema = /* @__PURE__ */ routineStepSchema();
export type RoutineStep = z.infer<typeof RoutineStepSchema>;

const routineSchema = ({ sentence, label }: TextRules) =>
  z.strictObject({
    id: slug(),
    name: label,
    description: sentence,
    where: label,
    steps: z.array(routineStepSchema()).check(z.minLength(1)),
    /** The walk break is logged as a walk as well as a session. */
    logsWalk: z._default(z.boolean(), false),
  });
export const RoutineSchema = /* @__PURE__ */ routineSchema(/* @__PURE__ */ shownText());
/** The catalogue's routines as written: message keys where the words go. */
export const RoutineSourceSchema = /* @__PURE__ */ routineSchema(/* @__PURE__ */ keyText());
export type Routine = z.infer<typeof RoutineSchema>;

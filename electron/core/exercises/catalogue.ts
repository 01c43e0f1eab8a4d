import { ExerciseSchema, type Exercise } from './schema';

/**
 * The exercises, in the project's own words. Facts marked `seed` come from the sciatica exercise
 * guide in shared/seed; `variant` entries are widely recommended, low-risk desk versions beyond it.
 * docs/exercise-sources.md maps every instruction to its source.
 */
const STOP_NERVE = 'Pain spreads down your leg, or you feel new numbness or tingling.';
const STOP_SHARP = 'You feel sharp or stabbing pain rather than a gentle pull.';

const RAW: Exercise[] = [
  {
    id: 'piriformis-floor',
    name: 'Piriformis stretch (on the floor)',
    position: 'floor',
    summary: 'Lying on your back, legs crossed and drawn gently toward your chest.',
    steps: [
      'Lie on your back on a mat or carpet.',
      'Lift both legs until they point up at about 45 degrees.',
      'Cross one leg over the other, as if crossing them on a chair.',
      'Hold your thighs and draw both legs slowly toward your chest.',
      'Stay there, breathing slowly, then let go and cross the other way.',
    ],
    cues: ['Keep your head and shoulders relaxed on the floor.', 'Pull gently: the stretch should build, not jump.'],
    feel: 'A deep, gentle stretch in the buttock of the top leg.',
    stopIf: [STOP_NERVE, STOP_SHARP],
    holdSec: 60,
    sides: 2,
    limb: 'leg',
    reps: 1,
    gentle: false,
    source: {
      kind: 'seed',
      fact: 'Lie flat, raise the legs to about 45°, cross one over the other, pull gently toward the chest, hold about a minute, then switch.',
    },
  },
  {
    id: 'hamstring-floor',
    name: 'Hamstring stretch (on the floor)',
    position: 'floor',
    summary: 'Lying down, one leg raised straight with a towel around the foot.',
    steps: [
      'Lie on your back with both knees bent and feet flat.',
      'Loop a towel or strap around the sole of one foot.',
      'Straighten that leg toward the ceiling, holding the towel ends.',
      'Raise it only until you feel a stretch behind the thigh, then hold.',
    ],
    cues: ['Keep your lower back resting on the floor.', 'A soft knee is fine; do not force it straight.'],
    feel: 'A steady stretch along the back of the thigh.',
    stopIf: [STOP_NERVE, STOP_SHARP],
    holdSec: 30,
    sides: 2,
    limb: 'leg',
    reps: 1,
    gentle: false,
    source: {
      kind: 'variant',
      note: 'The seed says to stretch the hamstrings regularly because tight ones stress the lower back; the towel method is a common, low-risk way to do it.',
    },
  },
  {
    id: 'core-brace',
    name: 'Gentle core brace',
    position: 'floor',
    summary: 'Lying with knees bent, gently tightening your tummy muscles.',
    steps: [
      'Lie on your back with knees bent and feet flat, hip-width apart.',
      'Breathe out and gently draw your belly button toward your spine.',
      'Keep breathing normally while you hold the light tension.',
      'Relax completely, then repeat.',
    ],
    cues: ['Your back stays still: no arching, no pushing.', 'Think 30 percent effort, not a crunch.'],
    feel: 'Light work deep in your stomach muscles, and nothing in your back.',
    stopIf: [STOP_NERVE, 'Your back hurts more while you hold.'],
    holdSec: 10,
    sides: 1,
    limb: 'body',
    reps: 5,
    gentle: true,
    source: {
      kind: 'seed',
      fact: 'Strengthening the back and abdominal muscles takes load off the spine; begin gently and regularly.',
    },
  },
  {
    id: 'walk',
    name: 'Brisk walk',
    position: 'walking',
    summary: 'A walk at a pace that warms you up but still lets you talk.',
    steps: [
      'Stand up and head out: a corridor, the stairs or outside.',
      'Walk at an easy pace for the first minute, then pick it up.',
      'Swing your arms naturally and keep your head up.',
    ],
    cues: ['Stand tall, as if a string lifts the top of your head.', 'Short, quick steps are kinder to your back than long strides.'],
    feel: 'Warm and loose, slightly out of breath but able to talk.',
    stopIf: [STOP_NERVE, 'Leg pain builds the further you walk.'],
    holdSec: 300,
    sides: 1,
    limb: 'body',
    reps: 1,
    gentle: true,
    source: {
      kind: 'seed',
      fact: 'Walking is easy, low impact and good for the lower back; build up gradually toward about three miles a day at a brisk pace.',
    },
  },
  {
    id: 'figure-four-seated',
    name: 'Seated figure-four stretch',
    position: 'seated',
    summary: 'On your chair, one ankle on the other knee, leaning forward from the hips.',
    steps: [
      'Sit near the front of your chair with both feet flat.',
      'Rest one ankle on the opposite knee, so your legs make a 4.',
      'Sit tall, then lean forward slowly from your hips.',
      'Stop where you feel the stretch and hold it.',
    ],
    cues: ['Keep your back long; the movement comes from your hips.', 'Let the raised knee drop gently, do not push it.'],
    feel: 'A stretch deep in the buttock of the crossed leg.',
    stopIf: [STOP_NERVE, STOP_SHARP],
    holdSec: 30,
    sides: 2,
    limb: 'leg',
    reps: 1,
    gentle: false,
    source: { kind: 'variant', note: 'A desk version of the seed’s piriformis stretch, done sitting instead of lying on the floor.' },
  },
  {
    id: 'hamstring-seated',
    name: 'Seated hamstring stretch',
    position: 'seated',
    summary: 'At the edge of your chair, one leg straight out, heel on the floor.',
    steps: [
      'Sit at the front edge of your chair.',
      'Straighten one leg in front of you, heel on the floor, toes up.',
      'Keep your back straight and lean forward from the hips.',
      'Hold when you feel the back of the thigh lengthen.',
    ],
    cues: ['Chest proud, do not round your back.', 'The other foot stays flat for balance.'],
    feel: 'A gentle stretch behind the knee and thigh of the straight leg.',
    stopIf: [STOP_NERVE, STOP_SHARP],
    holdSec: 30,
    sides: 2,
    limb: 'leg',
    reps: 1,
    gentle: true,
    source: { kind: 'variant', note: 'A desk version of the hamstring stretching the seed recommends.' },
  },
  {
    id: 'hamstring-standing',
    name: 'Standing hamstring stretch',
    position: 'standing',
    summary: 'Standing, one heel on a low step, hinging forward from the hips.',
    steps: [
      'Stand facing a low step or a sturdy box.',
      'Put one heel on it, leg straight, toes pointing up.',
      'Keep your back straight and hinge forward from the hips.',
      'Hold when you feel the stretch behind the thigh.',
    ],
    cues: ['Hold the desk or a wall for balance if you need to.', 'Keep the standing knee soft.'],
    feel: 'A stretch along the back of the raised leg.',
    stopIf: [STOP_NERVE, STOP_SHARP],
    holdSec: 30,
    sides: 2,
    limb: 'leg',
    reps: 1,
    gentle: false,
    source: { kind: 'variant', note: 'A standing version of the hamstring stretching the seed recommends.' },
  },
  {
    id: 'sit-tall-reset',
    name: 'Sit-tall reset',
    position: 'seated',
    summary: 'Hips back, feet flat, shoulders down, eyes level with the screen.',
    steps: [
      'Slide your hips all the way to the back of the chair.',
      'Put both feet flat on the floor, knees about level with your hips.',
      'Let your shoulders drop away from your ears.',
      'Look straight ahead: the top of your screen belongs at eye level.',
    ],
    cues: ['Let the backrest take your weight.', 'Breathe out slowly as your shoulders drop.'],
    feel: 'Your lower back supported and your neck light.',
    stopIf: ['Any position is painful: change it, then carry on.'],
    holdSec: 15,
    sides: 1,
    limb: 'body',
    reps: 1,
    gentle: true,
    source: { kind: 'variant', note: 'Common workstation posture advice; sitting well keeps load off the lower back between stretches.' },
  },
  {
    id: 'shoulder-rolls',
    name: 'Shoulder rolls',
    position: 'seated',
    summary: 'Slow circles with your shoulders, up, back and down.',
    steps: ['Sit tall with your arms relaxed.', 'Lift both shoulders toward your ears.', 'Roll them back and down in a slow circle.', 'Repeat, slowly.'],
    cues: ['Make the circles big and slow.', 'Breathe out as the shoulders go down.'],
    feel: 'Your upper back and neck loosening.',
    stopIf: ['Neck or shoulder pain sharpens.'],
    holdSec: 15,
    sides: 1,
    limb: 'body',
    reps: 1,
    gentle: true,
    source: { kind: 'variant', note: 'A common desk mobility move to break up long sitting.' },
  },
];

function validate(raw: unknown[]): Exercise[] {
  const seen = new Set<string>();
  return raw.map((entry, index) => {
    const parsed = ExerciseSchema.safeParse(entry);
    if (!parsed.success) {
      const raw = (entry as { id?: unknown }).id;
      const id = typeof raw === "string" ? raw : `#${index}`;
      const issue = parsed.error.issues[0];
      throw new Error(`Exercise ${id} is invalid at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`);
    }
    if (seen.has(parsed.data.id)) throw new Error(`Exercise ${parsed.data.id} is listed twice.`);
    seen.add(parsed.data.id);
    return parsed.data;
  });
}

export const validateExercises = validate;
export const EXERCISES: readonly Exercise[] = validate(RAW);
export const exerciseById = (id: string): Exercise | undefined => EXERCISES.find((e) => e.id === id);

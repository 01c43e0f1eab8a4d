import type { OwnExercise, OwnLibrary, OwnRoutine } from '../../electron/routines/common/own-schema';

/** A clinician's seated exercise as a person would type it in: valid against every own-library rule. */
export const ownExercise = (over: Partial<OwnExercise> = {}): OwnExercise => ({
  id: 'own-knee',
  name: 'Knee straightening',
  steps: ['Sit tall at the front of the chair.', 'Straighten one knee slowly.'],
  stopIf: 'Stop if the pain spreads down your leg.',
  needs: ['chair'],
  position: 'seated',
  sides: 2,
  sideLabels: ['Right leg', 'Left leg'],
  holdSec: 20,
  reps: 2,
  restSec: 5,
  switchSec: 8,
  picture: { kind: 'pose', pose: 'hamstring-seated' },
  gentle: false,
  ...over,
});

export const ownRoutine = (over: Partial<OwnRoutine> = {}): OwnRoutine => ({
  id: 'own-physio',
  name: 'My physio routine',
  steps: [{ exerciseId: 'own-knee' }, { exerciseId: 'sit-tall-reset', holdSec: 15 }],
  ...over,
});

export const ownLibrary = (over: Partial<OwnLibrary> = {}): OwnLibrary => ({ version: 1, exercises: [ownExercise()], routines: [ownRoutine()], ...over });

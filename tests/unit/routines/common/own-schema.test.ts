import { describe, expect, it } from 'vitest';
import { OwnExerciseSchema, OwnLibrarySchema, OwnRoutineSchema, OWN_BOUNDS } from '../../../../electron/routines/common/own-schema';
import { ownExercise, ownLibrary, ownRoutine } from '../../../support/own-routines';

const firstMessage = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) => result.error?.issues[0]?.message;

describe('own exercise schema', () => {
  it('accepts a clinician exercise and trims its text', () => {
    const parsed = OwnExerciseSchema.parse(ownExercise({ name: '  Knee straightening  ' }));
    expect(parsed.name).toBe('Knee straightening');
  });

  it.each([
    ['a hold too short', { holdSec: 4 }, 'A hold lasts between 5 and 300 seconds'],
    ['a hold too long', { holdSec: 301 }, 'A hold lasts between 5 and 300 seconds'],
    ['a hold not whole', { holdSec: 10.5 }, 'A hold lasts between 5 and 300 seconds'],
    ['too many reps', { reps: 11 }, 'Choose between 1 and 10 repetitions'],
    ['a rest too short', { restSec: 2 }, 'A rest lasts between 3 and 60 seconds'],
    ['a switch too short', { switchSec: 4 }, 'Changing sides takes between 5 and 60 seconds'],
    ['no steps', { steps: [] }, 'Write at least one step.'],
    ['nine steps', { steps: Array.from({ length: 9 }, () => 'Breathe out slowly.') }, 'An exercise has at most 8 steps.'],
    ['a one-letter name', { name: 'K' }, 'A name needs at least 2 characters.'],
    ['a name too long', { name: 'x'.repeat(OWN_BOUNDS.name.max + 1) }, 'Keep a name to 60 characters or fewer.'],
    ['a control character', { name: 'Knee\u0007 bend' }, 'Remove the hidden control characters'],
    ['a direction override', { name: 'Knee \u202Eevil' }, 'Remove the hidden control characters'],
    ['a walking position', { position: 'walking' }, 'Choose seated, standing or on the floor.'],
    ['two sides without labels', { sideLabels: undefined }, 'An exercise done on both sides names each side'],
    ['a need twice', { needs: ['chair', 'chair'] }, 'Each thing you need is listed once.'],
    ['a built-in id', { id: 'bridge' }, 'This id is not one Limber made.'],
    ['a pose that does not exist', { picture: { kind: 'pose', pose: 'moonwalk' } }, undefined],
    ['an image id that is a path', { picture: { kind: 'image', imageId: '../../etc/passwd' } }, undefined],
  ])('refuses %s in plain words', (_what, change, message) => {
    const result = OwnExerciseSchema.safeParse({ ...ownExercise(), ...change });
    expect(result.success).toBe(false);
    if (message) expect(firstMessage(result)).toContain(message);
  });

  it('refuses unknown fields and prototype keys', () => {
    expect(OwnExerciseSchema.safeParse({ ...ownExercise(), extra: 1 }).success).toBe(false);
    const hostile = JSON.parse(JSON.stringify(ownExercise()).replace('{', '{"__proto__":{"gentle":true},')) as unknown;
    expect(OwnExerciseSchema.safeParse(hostile).success).toBe(false);
    expect(({} as { gentle?: boolean }).gentle).toBeUndefined();
  });

  it('keeps markup as the text typed: it is shown as text, never parsed', () => {
    const parsed = OwnExerciseSchema.parse(ownExercise({ name: '<img src=x onerror=alert(1)>' }));
    expect(parsed.name).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('own routine schema', () => {
  it('accepts steps with their own hold, reps, sides, rest and switch', () => {
    expect(OwnRoutineSchema.parse(ownRoutine({ steps: [{ exerciseId: 'own-knee', holdSec: 30, reps: 3, sides: 1, restSec: 10, switchSec: 12 }] })).steps[0]?.reps).toBe(3);
  });

  it('refuses an empty routine, a step with a bad override, and 21 steps', () => {
    expect(firstMessage(OwnRoutineSchema.safeParse(ownRoutine({ steps: [] })))).toBe('A routine needs at least one exercise.');
    expect(firstMessage(OwnRoutineSchema.safeParse(ownRoutine({ steps: [{ exerciseId: 'own-knee', reps: 0 }] })))).toContain('repetitions');
    expect(OwnRoutineSchema.safeParse(ownRoutine({ steps: Array.from({ length: 21 }, () => ({ exerciseId: 'bridge' })) })).success).toBe(false);
  });

  it('refuses a library file of another version', () => {
    expect(OwnLibrarySchema.safeParse(ownLibrary()).success).toBe(true);
    expect(OwnLibrarySchema.safeParse({ ...ownLibrary(), version: 2 }).success).toBe(false);
  });
});

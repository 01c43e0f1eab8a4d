import fc from 'fast-check';
import { expect } from 'vitest';
import { isOwnId } from '../../electron/exercises/common/custom-registry';
import { routineById, routineGetsYouUp } from '../../electron/exercises/common/routines';
import { deleteRoutine } from '../../electron/routines/common/library';
import { emptyLibrary, type OwnLibrary } from '../../electron/routines/common/own-schema';
import { publishLibrary } from '../../electron/routines/common/to-catalogue';
import { MIN, type FakeDesk } from './fake-desk';
import { ownExercise, ownRoutine } from './own-routines';

/**
 * The person's own routines as one more input of the random timelines (issue 24): created, edited
 * (seated ↔ on your feet), deleted, chosen as the break routine or a stretch time's, deleted while
 * chosen, and run by hand or from a reminder. The rules judged here hold for every routine:
 * one that gets you up ends the sitting bout, a seated one does not, and a break never opens a
 * routine that is not there (a chosen one gone falls back to a built-in one).
 */
const ACTIONS = ['create', 'edit', 'delete', 'delete-chosen', 'choose', 'time', 'run', 'vanish'] as const;
const step = fc.record({ action: fc.constantFrom(...ACTIONS), index: fc.nat({ max: 5 }), standing: fc.boolean(), minutes: fc.integer({ min: 1, max: 6 }) });
export type OwnStep = typeof step extends fc.Arbitrary<infer T> ? T : never;
/** A few own-routine steps in a row (made, then chosen, then gone…), so their combinations come up. */
export const ownOp = fc.record({ kind: fc.constant('own' as const), steps: fc.array(step, { minLength: 1, maxLength: 4 }) });
export type OwnOp = typeof ownOp extends fc.Arbitrary<infer T> ? T : never;

const SEATED = ownExercise({ id: 'own-sit', name: 'Seated knee straightening' });
const { sideLabels: _none, ...standingBase } = ownExercise({ id: 'own-up', name: 'Calf raise', position: 'standing', sides: 1, needs: [] });
const STANDING = standingBase;

const library = (desk: FakeDesk): OwnLibrary => desk.services.routines.get();
/** How often each own-routine rule was judged: the timelines must reach them. */
export const ownJudged = { upEnded: 0, seatedKept: 0, openedOwn: 0, fellBack: 0, refusedDelete: 0 };

/** A session of `routineId` starts: the sitting bout ends if it gets the person up, else it goes on. */
export async function startJudged(desk: FakeDesk, routineId: string): Promise<void> {
  desk.breaks.refresh();
  const before = desk.breaks.inspect().state;
  await desk.startSession(routineId);
  const after = desk.breaks.inspect().state.sittingSince;
  if (!isOwnId(routineId)) return judgeRule(routineId, before, after);
  if (routineGetsYouUp(routineId)) ownJudged.upEnded++;
  else if (before.sittingSince !== null && before.away === null) ownJudged.seatedKept++;
  judgeRule(routineId, before, after);
}

function judgeRule(routineId: string, before: { sittingSince: number | null; away: unknown }, after: number | null): void {
  if (routineGetsYouUp(routineId)) expect(after, `${routineId} gets you up: the sitting bout ends`).toBeNull();
  else if (before.sittingSince !== null && before.away === null) expect(after, `${routineId} is seated: the bout goes on`).toBe(before.sittingSince);
}

/**
 * A routine a reminder opened: always one that exists; when the chosen one is gone, a built-in one,
 * or the own routine of a stretch time that was reached (it exists, and that time offers it).
 */
export function judgeOpened(desk: FakeDesk, routineId: string): void {
  // Judged as it was opened (fake-desk.ts): a later step may have taken it away since.
  expect(desk.openedMissing, `a break opens a routine that exists (${routineId})`).toEqual([]);
  const { stretchRoutineId: chosen, stretchTimes } = desk.services.settings.get();
  if (isOwnId(routineId)) ownJudged.openedOwn++;
  if (routineById(chosen)) return;
  ownJudged.fellBack++;
  const aTimesOwn = stretchTimes.some((time) => time.routineId === routineId);
  expect(isOwnId(routineId) && !aTimesOwn, 'the chosen routine gone: a built-in one instead (or a stretch time\'s own one)').toBe(false);
}

let made = 0;
/** Plays the op's steps; 'ran' when a session of an own routine ran (the liveness rules count it as a break). */
export async function playOwnOp(desk: FakeDesk, op: OwnOp): Promise<'ran' | null> {
  let ran: 'ran' | null = null;
  for (const s of op.steps) ran = (await playStep(desk, s)) ?? ran;
  return ran;
}

async function playStep(desk: FakeDesk, o: OwnStep): Promise<'ran' | null> {
  // With none yet, any step makes one first: every own step then has something to act on.
  if (library(desk).routines.length === 0 && o.action !== 'create') await playStep(desk, { ...o, action: 'create' });
  const routines = library(desk).routines;
  const chosen = () => desk.services.settings.get().stretchRoutineId;
  // The break routine when it is an own one, for the steps about it.
  const about = o.action === 'delete-chosen' || o.action === 'vanish' ? routines.find((r) => r.id === chosen()) : undefined;
  const target = about ?? (routines.length > 0 ? routines[o.index % routines.length]! : null);
  switch (o.action) {
    case 'create': {
      const exercise = o.standing ? STANDING : SEATED;
      if (!library(desk).exercises.some((e) => e.id === exercise.id)) await desk.call('routines:save-exercise', [exercise]);
      if (routines.length >= 6) return null;
      await desk.call('routines:save-routine', [ownRoutine({ id: `own-t${++made}`, name: `Timeline routine ${made}`, steps: [{ exerciseId: exercise.id }] })]);
      return null;
    }
    case 'edit': {
      if (!target) return null;
      const exercise = o.standing ? STANDING : SEATED;
      if (!library(desk).exercises.some((e) => e.id === exercise.id)) await desk.call('routines:save-exercise', [exercise]);
      await desk.call('routines:save-routine', [{ ...target, steps: [{ exerciseId: exercise.id }] }]);
      expect(routineGetsYouUp(target.id), 'an edit changes whether it gets you up').toBe(o.standing);
      return null;
    }
    case 'delete':
    case 'delete-chosen': {
      if (!target) return null;
      if (target.id === chosen()) {
        // The break routine cannot be deleted from under the breaks: refused, nothing changed.
        await expect(desk.call('routines:delete', [{ kind: 'routine', id: target.id }])).rejects.toThrow(/break/);
        ownJudged.refusedDelete++;
        expect(routineById(target.id)).toBeDefined();
      } else await desk.call('routines:delete', [{ kind: 'routine', id: target.id }]);
      return null;
    }
    case 'choose':
      if (target) await desk.call('settings:update', [{ stretchRoutineId: target.id }]);
      return null;
    case 'time':
      if (target) await desk.call('settings:update', [{ stretchTimes: [{ at: '10:00', routineId: target.id }] }]);
      return null;
    case 'run':
      if (!target) return null;
      await startJudged(desk, target.id);
      await desk.run(o.minutes * MIN, 'work');
      await desk.finishSession(target.id, o.minutes * 60);
      return 'ran';
    case 'vanish':
      // Gone while chosen, past the delete guard: a routines file kept aside, or changed by hand.
      if (!target) return null;
      await desk.services.routines.update((lib) => deleteRoutine(lib, target.id));
      // Then a break from the tray: the timeline's next look judges what it opened (judgeOpened).
      desk.breaks.startNow();
      return null;
  }
}

/** The catalogue's own entries are module state: each timeline starts with none. */
export const forgetOwnRoutines = (): void => publishLibrary(emptyLibrary());

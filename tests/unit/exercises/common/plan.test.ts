import { describe, expect, it } from 'vitest';
import { planRoutine } from '../../../../electron/exercises/common/plan';
import { POSITION_SETUP } from '../../../../electron/exercises/common/positions';
import { ROUTINES, routineById, validateRoutines } from '../../../../electron/exercises/common/routines';

const plan = (id: string) => planRoutine(routineById(id)!);

describe('position lead-ins', () => {
  it('give the floor time to get down and a roll-onto-your-side cue; desk moves a few seconds', () => {
    expect(POSITION_SETUP.floor).toMatchObject({ leadInSec: 20, needs: ['mat'], place: 'floor' });
    expect(POSITION_SETUP.floor.getUp?.cue).toMatch(/roll onto your side/i);
    expect(POSITION_SETUP.seated).toMatchObject({ leadInSec: 5, needs: ['chair'], getUp: null, place: 'desk' });
    expect(POSITION_SETUP.standing.leadInSec).toBe(5);
  });
});

describe('routine plans', () => {
  it('the floor routine: 20 s to get down, 15 s more to fetch the towel, a get-up cue at the end', () => {
    const p = plan('sciatica-relief');
    expect(p.steps.map((s) => [s.exercise.id, s.leadInSec, s.activeSec, s.getUpSec])).toEqual([
      ['piriformis-floor', 20, 125, 0],
      ['hamstring-floor', 20, 95, 0],
      ['bridge', 5, 47, 0],
      ['core-brace', 5, 70, 10],
    ]);
    expect(p.steps[0]!.leadInCues[0]).toMatch(/kneel/);
    expect(p.steps[1]!.leadInCues).toEqual(['Fetch a towel or strap and loop it around one foot.']);
    expect(p.steps.at(-1)!.getUpCue).toMatch(/roll onto your side/i);
    expect(p.steps.slice(0, -1).every((s) => s.getUpCue === null)).toBe(true);
    expect(p).toMatchObject({ needs: ['mat', 'towel'], place: 'floor', guidedSec: 357, leadInSec: 50, getUpSec: 10, totalSec: 397 });
  });

  it('the desk routine: a few seconds per move, a chair, no get-up cue', () => {
    const p = plan('quick-desk-stretch');
    expect(p.steps.map((s) => s.leadInSec)).toEqual([5, 5, 5, 5]);
    expect(p).toMatchObject({ needs: ['chair'], place: 'desk', leadInSec: 20, getUpSec: 0, totalSec: 180 });
  });

  it('the flare-up routine starts with a walk, then the chair', () => {
    const p = plan('gentle-flare');
    expect(p.steps.map((s) => [s.exercise.id, s.leadInSec])).toEqual([
      ['walk-easy', 10],
      ['sit-tall-reset', 5],
      ['shoulder-rolls', 5],
    ]);
    expect(p).toMatchObject({ needs: ['chair'], place: 'desk', totalSec: 170 });
    expect(plan('walk-break')).toMatchObject({ needs: [], place: 'walking', totalSec: 310 });
  });

  it('totals add up for every routine: lead-ins + active time + getting up', () => {
    for (const routine of ROUTINES) {
      const p = planRoutine(routine);
      const sum = (pick: (s: (typeof p.steps)[number]) => number) => p.steps.reduce((t, s) => t + pick(s), 0);
      expect(p.leadInSec).toBe(sum((s) => s.leadInSec));
      expect(p.getUpSec).toBe(sum((s) => s.getUpSec));
      expect(p.totalSec).toBe(p.leadInSec + sum((s) => s.activeSec) + p.getUpSec);
      // Every lead-in at least as long as the guided timer's get-ready or move, so the player only adds time.
      expect(p.totalSec).toBeGreaterThanOrEqual(p.guidedSec);
      expect(new Set(p.needs).size).toBe(p.needs.length);
    }
  });

  it('a floor step between desk steps gets the full lead-in and its own get-up cue', () => {
    const [mixed] = validateRoutines([
      { id: 'mixed', name: 'Mixed', description: 'Desk, floor, desk.', where: 'here and there', steps: [{ exerciseId: 'sit-tall-reset' }, { exerciseId: 'bridge' }, { exerciseId: 'shoulder-rolls' }] },
    ]);
    const p = planRoutine(mixed!);
    expect(p.steps.map((s) => [s.leadInSec, s.getUpSec])).toEqual([
      [5, 0],
      [20, 10],
      [5, 0],
    ]);
    expect(p.place).toBe('floor');
    expect(p.needs).toEqual(['chair', 'mat']);
  });
});

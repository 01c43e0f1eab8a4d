import { describe, expect, it, afterEach } from 'vitest';
import { planRoutine, POSITION_SETUP, LEAD_IN_SETTLE_SEC, speechSec, routineLabel, routineLength, routineLengthSec } from '../../../../electron/exercises/common/plan';
import { DEFAULT_STRETCH_ROUTINE_ID, ROUTINES, routineById, validateRoutines, routineDurationSec } from '../../../../electron/exercises/common/routines';
import { formatDuration } from '../../../../electron/i18n/common/format';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import de from '../../../../electron/i18n/common/generated/de.js';
import en from '../../../../electron/i18n/common/generated/en.js';
import { activateCatalog } from '../../../../electron/i18n/common/translate';

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
  it('the floor routine: each lead-in long enough to read every step aloud, 15 s and 12 s to change legs, a get-up cue at the end', () => {
    const p = plan('sciatica-relief');
    expect(p.steps.map((s) => [s.exercise.id, s.leadInSec, s.activeSec, s.getUpSec])).toEqual([
      ['piriformis-floor', 55, 135, 0], // 102 words: getting down, then the five steps
      ['hamstring-floor', 46, 102, 0], // fetching the towel is in the reading
      ['bridge', 30, 47, 0],
      ['core-brace', 34, 70, 10],
    ]);
    expect(p.steps[0]!.leadInCues[0]).toMatch(/kneel/);
    expect(p.steps[1]!.leadInCues).toEqual(['Fetch a towel or strap and loop it around one foot.']);
    expect(p.steps[1]!.leadInSpeech).toEqual(['Next: Hamstring stretch (on the floor).', ...p.steps[1]!.leadInCues, ...p.steps[1]!.exercise.steps]);
    expect(p.steps.at(-1)!.getUpCue).toMatch(/roll onto your side/i);
    expect(p.steps.slice(0, -1).every((s) => s.getUpCue === null)).toBe(true);
    expect(p).toMatchObject({ needs: ['mat', 'towel'], place: 'floor', guidedSec: 374, leadInSec: 165, getUpSec: 10, totalSec: 529 });
  });

  it('every lead-in: the time to move into position, or the reading and a breath to settle, whichever is longer', () => {
    for (const routine of ROUTINES) {
      planRoutine(routine).steps.forEach((step, i) => {
        const reading = Math.ceil(speechSec(step.leadInSpeech)) + LEAD_IN_SETTLE_SEC;
        expect(step.leadInSec).toBeGreaterThanOrEqual(reading);
        expect(step.leadInSec).toBeGreaterThanOrEqual(5);
        expect(step.leadInSec === reading || step.leadInSec === planRoutine(routine, { namesOnly: new Set([step.exercise.id]) }).steps[i]!.leadInSec).toBe(true);
      });
    }
  });

  it('"names only": an exercise whose steps are no longer read keeps the time its move takes', () => {
    const all = new Set(planRoutine(routineById('sciatica-relief')!).steps.map((s) => s.exercise.id));
    const p = planRoutine(routineById('sciatica-relief')!, { namesOnly: all });
    expect(p.steps.map((s) => s.leadInSec)).toEqual([20, 20, 5, 6]); // the name alone, and a breath
    expect(p.steps[0]!.leadInSpeech).toEqual(['Get ready. First: Piriformis stretch (on the floor).', p.steps[0]!.leadInCues[0]]);
    expect(plan('quick-desk-stretch').totalSec).toBe(270);
    expect(planRoutine(routineById('quick-desk-stretch')!, { namesOnly: new Set(['sit-tall-reset', 'figure-four-seated', 'hamstring-seated', 'shoulder-rolls']) }).totalSec).toBe(191);
  });

  it('the flare-up routine starts with a walk, then the chair', () => {
    const p = plan('gentle-flare');
    expect(p.steps.map((s) => s.exercise.id)).toEqual(['walk-easy', 'sit-tall-reset', 'shoulder-rolls']);
    expect(p).toMatchObject({ needs: ['chair'], place: 'desk' });
    expect(plan('walk-break')).toMatchObject({ needs: [], place: 'walking' });
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
    const names = { namesOnly: new Set(['sit-tall-reset', 'bridge', 'shoulder-rolls']) };
    expect(planRoutine(mixed!, names).steps.map((s) => [s.leadInSec, s.getUpSec])).toEqual([
      [8, 0], // "Get ready. First: …" and "Settle into your chair."
      [20, 10],
      [7, 0], // "Next: …" and "Settle into your chair."
    ]);
    expect(p.place).toBe('floor');
    expect(p.needs).toEqual(['chair', 'mat']);
  });
});

describe('the default stand-up break (issue 19: a 2–3 minute stand and walk)', () => {
  it('lasts 2–3 minutes with its steps read aloud, and needs nothing (no step, no mat)', () => {
    const plan = planRoutine(routineById(DEFAULT_STRETCH_ROUTINE_ID)!);
    expect(plan.totalSec).toBeGreaterThanOrEqual(120);
    expect(plan.totalSec).toBeLessThanOrEqual(180);
    expect(plan.needs).toEqual([]);
    expect(plan.steps.map((s) => s.exercise.position)).toEqual(['walking', 'standing']);
  });
  it('is stated with one length everywhere: the reminder says what the home list says (planRoutine totalSec)', () => {
    for (const routine of ROUTINES) expect(routineLabel(routine.id).durationLabel).toBe(formatDuration(planRoutine(routine).totalSec));
    expect(routineLabel(DEFAULT_STRETCH_ROUTINE_ID).durationLabel).toBe('3 min');
  });
});

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('one routine length everywhere', () => {
  afterEach(() => activateCatalog('en', en));

  it('the reminder states the same length as home and the preview: the whole routine, lead-ins included', () => {
    for (const routine of ROUTINES) {
      expect(routineLengthSec(routine)).toBe(planRoutine(routine).totalSec);
      expect(routineLabel(routine.id).durationLabel).toBe(routineLength(routine));
      expect(routineLength(routine)).toBe(formatDuration(planRoutine(routine).totalSec));
    }
  });

  it('a routine whose guided timer alone would round to another length is still stated by its whole length', () => {
    // The bug this replaces: reminders said the guided timer's "6 min", home and the preview the whole "7 min".
    const differs = ROUTINES.filter((r) => formatDuration(routineDurationSec(r)) !== formatDuration(planRoutine(r).totalSec));
    expect(differs.length).toBeGreaterThan(0);
    for (const routine of differs) expect(routineLabel(routine.id).durationLabel).toBe(formatDuration(planRoutine(routine).totalSec));
  });

  it('an unknown routine id falls back to the default routine, with its length', () => {
    const label = routineLabel('no-such-routine');
    expect(label.durationLabel).toBe(routineLength(ROUTINES.find((r) => r.name === label.name)!));
  });

  it('follows the active language', () => {
    const routine = ROUTINES.find((r) => planRoutine(r).totalSec >= 90)!;
    activateCatalog('de', de);
    expect(plain(routineLength(routine))).toMatch(/^\d+ Min\.$/);
  });

  it('no screen or reminder computes a routine length of its own', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return name === 'generated' ? [] : files(path);
        return /\.tsx?$/.test(name) ? [path] : [];
      });
    const own = ['electron/exercises/common/routine-length.ts', 'electron/exercises/common/plan.ts', 'electron/exercises/common/routines.ts'];
    const offenders = [...files('renderer/src'), ...files('electron')]
      .filter((path) => !own.some((o) => path.endsWith(o)))
      .filter((path) => /formatDuration\((?:planRoutine|routineDurationSec)|\.totalSec\)|routineDurationSec\(/.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exerciseById, routineById, ROUTINES } from '../../../../electron/exercises/common/routines';
import { planRoutine } from '../../../../electron/exercises/common/plan';
import type { Routine } from '../../../../electron/exercises/common/schema';
import { Session, type Cue } from '../../../../electron/session/common/session';

const ex = (id: string) => exerciseById(id)!;
const routine = (...ids: string[]): Routine => ({
  id: 'test',
  name: 'Test routine',
  description: 'A routine made up for a test.',
  where: 'anywhere',
  steps: ids.map((exerciseId) => ({ exerciseId })),
  logsWalk: false,
});
const phases = (r: Routine) => new Session(r, 0, 0).phases.map((p) => `${p.kind}:${p.durationMs / 1000}`);
const spokenIn = (s: Session) => s.advance(60 * 60_000).flatMap((c) => (c.kind === 'speak' ? [c.text] : []));

describe('the player runs the catalogue plan: lead-ins that fit the position', () => {
  it('gives time to get down to the floor, to fetch a towel, and to roll onto one side before getting up', () => {
    expect(phases(routineById('sciatica-relief')!)).toEqual([
      'get-ready:55', // down to the floor while every step is read
      'hold:60', 'switch:15', 'hold:60', // 15 s to lower one foot at a time and cross the other way
      'transition:46', // fetching the towel and every step read
      'hold:45', 'switch:12', 'hold:45',
      'transition:30',
      'hold:8', 'rest:5', 'hold:8', 'rest:5', 'hold:8', 'rest:5', 'hold:8',
      'transition:34',
      'hold:10', 'rest:5', 'hold:10', 'rest:5', 'hold:10', 'rest:5', 'hold:10', 'rest:5', 'hold:10',
      'get-up:10', // roll onto your side first
    ]);
  });

  it('gets up from the floor before a chair exercise, never between two floor ones', () => {
    const floorThenChair = phases(routine('core-brace', 'sit-tall-reset'));
    expect(floorThenChair).toEqual(expect.arrayContaining(['get-up:10']));
    expect(floorThenChair.indexOf('get-up:10')).toBeLessThan(floorThenChair.findIndex((k) => k.startsWith('transition:')));
    expect(phases(routine('piriformis-floor', 'core-brace')).filter((k) => k.startsWith('get-up'))).toEqual(['get-up:10']);
    expect(phases(routine('sit-tall-reset', 'shoulder-rolls')).some((k) => k.startsWith('get-up'))).toBe(false);
  });

  it('the session lasts exactly what the plan says, for every routine', () => {
    for (const r of ROUTINES) {
      const s = new Session(r, 0, 0);
      s.advance(60 * 60_000);
      expect(s.summary().endedAt).toBe(planRoutine(r).totalSec * 1000);
    }
  });
});

describe('what is said', () => {
  it('while getting ready: what to do to get into position, then every step', () => {
    const spoken = spokenIn(new Session(routineById('sciatica-relief')!, 0, 0));
    expect(spoken.slice(0, 2)).toEqual(['Get ready. First: Piriformis stretch (on the floor).', planRoutine(routineById('sciatica-relief')!).steps[0]!.leadInCues[0]]);
    for (const step of ex('piriformis-floor').steps) expect(spoken).toContain(step);
    for (const step of ex('hamstring-floor').steps) expect(spoken).toContain(step);
    expect(spoken).toContain(ex('hamstring-floor').setup.prepare);
    expect(spoken).toContain(planRoutine(routineById('sciatica-relief')!).steps.at(-1)!.getUpCue);
  });

  it('names each side, on screen and aloud, as the catalogue does', () => {
    const s = new Session(routineById('sciatica-relief')!, 0, 0);
    expect(s.view(0)).toMatchObject({ phase: 'get-ready', leadIn: true, sideLabel: null });
    s.advance(56_000);
    expect(s.view(56_000)).toMatchObject({ phase: 'hold', sideLabel: 'Right over left', leadIn: false, mirrored: false });
    s.advance(131_000);
    expect(s.view(131_000)).toMatchObject({ phase: 'hold', sideLabel: 'Left over right', mirrored: true });
    const spoken = spokenIn(new Session(routineById('sciatica-relief')!, 0, 0));
    expect(spoken).toContain('Right over left.');
    expect(spoken).toContain('Switch legs. Lower one foot at a time, bring both knees up again and cross the other way. Left over right.');
  });
});

describe('cues ahead of time', () => {
  const key = (c: Cue) => `${c.at}:${c.kind}:${c.kind === 'tone' ? c.tone : c.text}`;

  it('upcoming() foretells exactly what advance() will hand out, without handing anything out', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 540_000 }), fc.integer({ min: 1, max: 30_000 }), (t, lookahead) => {
        const a = new Session(routineById('sciatica-relief')!, 0, 0);
        const b = new Session(routineById('sciatica-relief')!, 0, 0);
        a.advance(t);
        b.advance(t);
        const foretold = a.upcoming(t, t + lookahead);
        expect(a.upcoming(t, t + lookahead).map(key)).toEqual(foretold.map(key)); // nothing consumed
        // Everything, the closing words too: a hidden window says them on time as well.
        expect(foretold.map(key)).toEqual(b.advance(t + lookahead).map(key));
      }),
      { numRuns: 300 },
    );
  });

  it('foretells nothing while paused or finished', () => {
    const s = new Session(routineById('quick-desk-stretch')!, 0, 0);
    s.pause(1000);
    expect(s.upcoming(1000, 60_000)).toEqual([]);
    s.resume(2000);
    s.end(3000, 'ended');
    expect(s.upcoming(3000, 60_000)).toEqual([]);
  });
});

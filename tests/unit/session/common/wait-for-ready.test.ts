import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routineById } from '../../../../electron/exercises/common/routines';
import { Session, type Cue } from '../../../../electron/session/common/session';

const relief = routineById('sciatica-relief')!;
const key = (c: Cue) => `${c.at}:${c.kind}:${c.kind === 'tone' ? c.tone : c.text}`;

describe('floor lead-ins that wait for the person', () => {
  it('read everything, then wait at zero, as long as it takes, until "Ready"', () => {
    const s = new Session(relief, 0, 0, { waitForReady: { autoStartSec: null } });
    const leadIn = s.phases[0]!.durationMs;
    s.advance(leadIn - 1);
    expect(s.view(leadIn - 1)).toMatchObject({ phase: 'get-ready', waiting: false });
    expect(s.advance(leadIn + 10 * 60_000)).toEqual([]);
    expect(s.view(leadIn + 10 * 60_000)).toMatchObject({ phase: 'get-ready', waiting: true, remainingMs: 0, autoStartInMs: null, leadIn: true, paused: false });
    const cues = s.next(leadIn + 10 * 60_000);
    expect(s.view(leadIn + 10 * 60_000)).toMatchObject({ phase: 'hold', side: 1, remainingMs: 60_000, waiting: false });
    expect(cues.map(key)).toContain(`${leadIn + 10 * 60_000}:speak:Right over left.`);
  });

  it('or start by themselves a set time after the words', () => {
    const s = new Session(relief, 0, 0, { waitForReady: { autoStartSec: 10 } });
    const leadIn = s.phases[0]!.durationMs;
    s.advance(leadIn + 4000);
    expect(s.view(leadIn + 4000)).toMatchObject({ phase: 'get-ready', waiting: true, autoStartInMs: 6000 });
    const cues = s.advance(leadIn + 10_000);
    expect(s.view(leadIn + 10_000)).toMatchObject({ phase: 'hold', remainingMs: 60_000 });
    expect(cues.map(key)).toContain(`${leadIn + 10_000}:speak:Right over left.`);
  });

  it('only before floor moves; holds, switches and desk lead-ins run on', () => {
    const s = new Session(relief, 0, 0, { waitForReady: { autoStartSec: null } });
    expect(s.phases.filter((p) => p.waitMs !== undefined).map((p) => p.kind)).toEqual(['get-ready', 'transition', 'transition', 'transition']);
    const desk = new Session(routineById('quick-desk-stretch')!, 0, 0, { waitForReady: { autoStartSec: null } });
    expect(desk.phases.some((p) => p.waitMs !== undefined)).toBe(false);
  });

  it('upcoming() still foretells exactly what advance() hands out, up to the wait and through an auto start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700_000 }), fc.integer({ min: 1, max: 30_000 }), fc.constantFrom(null, 5, 30), (t, lookahead, autoStartSec) => {
        const a = new Session(relief, 0, 0, { waitForReady: { autoStartSec } });
        const b = new Session(relief, 0, 0, { waitForReady: { autoStartSec } });
        a.advance(t);
        b.advance(t);
        expect(a.upcoming(t, t + lookahead).map(key)).toEqual(b.advance(t + lookahead).map(key));
      }),
      { numRuns: 300 },
    );
  });
});

describe('what the screen shows besides the steps', () => {
  it('the lead-in instructions the voice gives: getting down, fetching the towel', () => {
    const s = new Session(relief, 0, 0);
    expect(s.view(0).instructions).toEqual(['Take your time getting down: kneel first, sit to one side, then lie back on the mat.']);
    let t = 0;
    const transition = s.phases.findIndex((p) => p.kind === 'transition');
    for (let i = 0; i < transition; i++) t += s.phases[i]!.durationMs;
    s.advance(t + 10);
    expect(s.view(t + 10)).toMatchObject({ phase: 'transition', instructions: ['Fetch a towel or strap and loop it around one foot.'] });
  });

  it('what comes next, announced ahead', () => {
    const s = new Session(relief, 0, 0);
    expect(s.view(0).upNext).toBe('Right over left');
    const t = s.phases[0]!.durationMs + 1000;
    s.advance(t);
    expect(s.view(t).upNext).toBe('Switch legs');
  });
});

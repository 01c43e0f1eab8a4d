import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exerciseById } from '../../../electron/core/exercises/catalogue';
import { routineById } from '../../../electron/core/exercises/routines';
import type { Exercise, Routine } from '../../../electron/core/exercises/schema';
import { itemsNeeded, leadInSec, rollsOntoSide, sideLabel } from '../../../electron/core/session/exercise-extras';
import { buildPhases, sessionLengthSec } from '../../../electron/core/session/phases';
import { GET_UP_TEXT } from '../../../electron/core/session/cues';
import { Session, type Cue } from '../../../electron/core/session/session';

const ex = (id: string) => exerciseById(id)!;
const routine = (...ids: string[]): Routine => ({
  id: 'test',
  name: 'Test routine',
  description: 'A routine made up for a test.',
  where: 'anywhere',
  steps: ids.map((exerciseId) => ({ exerciseId })),
  logsWalk: false,
});
const kinds = (r: Routine) => buildPhases(new Session(r, 0, 0).steps).map((p) => `${p.kind}:${p.durationMs / 1000}`);

describe('lead-in that fits the position', () => {
  it('gives time to get down to the floor, into a chair, or just to stand', () => {
    expect(leadInSec(ex('piriformis-floor'), null)).toBe(20);
    expect(leadInSec(ex('figure-four-seated'), null)).toBe(8);
    expect(leadInSec(ex('hamstring-standing'), null)).toBe(5);
    expect(leadInSec(ex('walk'), null)).toBe(5);
  });

  it('is short between two exercises in the same position, longer when a towel must be fetched', () => {
    expect(leadInSec(ex('core-brace'), ex('piriformis-floor'))).toBe(5);
    expect(itemsNeeded(ex('hamstring-floor'))).toEqual(['mat', 'towel']);
    expect(leadInSec(ex('hamstring-floor'), ex('piriformis-floor'))).toBe(15);
    expect(leadInSec(ex('hamstring-floor'), null)).toBe(30);
    expect(leadInSec(ex('figure-four-seated'), ex('piriformis-floor'))).toBe(8);
  });

  it("uses the catalogue's own figures and labels when it has them, and ignores malformed ones", () => {
    const withData = { ...ex('piriformis-floor'), leadInSec: 25, needs: ['mat', 'cushion'], sideLabels: ['Right over left', 'Left over right'], rollOntoSide: false } as Exercise;
    expect(leadInSec(withData, null)).toBe(35); // 25 to get down, 10 to fetch the cushion
    expect(sideLabel(withData, 1)).toBe('Right over left');
    expect(sideLabel(withData, 2)).toBe('Left over right');
    expect(rollsOntoSide(withData)).toBe(false);
    const malformed = { ...ex('piriformis-floor'), leadInSec: 'long', needs: 'towel', sideLabels: ['only one'], rollOntoSide: 'yes' } as unknown as Exercise;
    expect(leadInSec(malformed, null)).toBe(20);
    expect(sideLabel(malformed, 2)).toBe('Left leg');
    expect(rollsOntoSide(malformed)).toBe(true);
  });

  it('after floor work, leaves time to roll onto one side before getting up — and only then', () => {
    expect(kinds(routine('core-brace', 'sit-tall-reset'))).toEqual(
      expect.arrayContaining(['get-up:8', 'transition:8']),
    );
    expect(kinds(routine('piriformis-floor', 'core-brace')).filter((k) => k.startsWith('get-up'))).toEqual(['get-up:8']);
    expect(kinds(routine('piriformis-floor', 'core-brace')).at(-1)).toBe('get-up:8');
    expect(kinds(routine('sit-tall-reset', 'shoulder-rolls')).some((k) => k.startsWith('get-up'))).toBe(false);
    const s = new Session(routine('core-brace'), 0, 0);
    const cues = s.advance(10 * 60_000);
    expect(cues.some((c) => c.kind === 'speak' && c.text === GET_UP_TEXT)).toBe(true);
  });

  it('the routine length is the sum of what the player runs', () => {
    const relief = routineById('sciatica-relief')!;
    const s = new Session(relief, 0, 0);
    s.advance(10 * 60_000);
    expect(s.summary().endedAt).toBe(sessionLengthSec(relief) * 1000);
  });
});

describe('what is said', () => {
  it('reads every step aloud while getting ready, and names each side', () => {
    const s = new Session(routineById('sciatica-relief')!, 0, 0);
    const spoken = s.advance(10 * 60_000).flatMap((c) => (c.kind === 'speak' ? [c.text] : []));
    for (const step of ex('piriformis-floor').steps) expect(spoken).toContain(step);
    for (const step of ex('hamstring-floor').steps) expect(spoken).toContain(step);
    expect(spoken).toContain('Right leg.');
    expect(spoken).toContain('Switch legs. Left leg.');
    expect(s.view(0)).toMatchObject({ sideLabel: null });
  });

  it('shows the side on screen in both holds, and marks lead-ins', () => {
    const s = new Session(routineById('sciatica-relief')!, 0, 0);
    expect(s.view(0)).toMatchObject({ phase: 'get-ready', leadIn: true });
    s.advance(21_000);
    expect(s.view(21_000)).toMatchObject({ phase: 'hold', sideLabel: 'Right leg', leadIn: false, mirrored: false });
    s.advance(20_000 + 60_000 + 5_000 + 1_000);
    expect(s.view(86_000)).toMatchObject({ phase: 'hold', sideLabel: 'Left leg', mirrored: true });
  });
});

describe('cues ahead of time', () => {
  const key = (c: Cue) => `${c.at}:${c.kind}:${c.kind === 'tone' ? c.tone : c.text}`;

  it('upcoming() foretells exactly what advance() will hand out, without handing anything out', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 420_000 }), fc.integer({ min: 1, max: 30_000 }), (t, lookahead) => {
        const a = new Session(routineById('sciatica-relief')!, 0, 0);
        const b = new Session(routineById('sciatica-relief')!, 0, 0);
        a.advance(t);
        b.advance(t);
        const foretold = a.upcoming(t, t + lookahead);
        expect(a.upcoming(t, t + lookahead).map(key)).toEqual(foretold.map(key)); // nothing consumed
        expect(foretold.map(key)).toEqual(b.advance(t + lookahead).map(key).filter((k) => !k.endsWith('Session complete.')));
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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRoutine } from '../../../../electron/exercises/common/plan';
import { routineById } from '../../../../electron/exercises/common/routines';
import { Session, type Cue } from '../../../../electron/session/common/session';

const relief = routineById('sciatica-relief')!;
const start = (t = 1000) => new Session(relief, t, Date.UTC(2026, 10, 24, 10));
/** The first lead-in: getting down to the floor while every step is read. */
const leadInMs = planRoutine(relief).steps[0]!.leadInSec * 1000;
const totalMs = planRoutine(relief).totalSec * 1000;

describe('a full Sciatica relief session', () => {
  it('runs get-ready, side one, a switch-legs cue, side two, and on to the end', () => {
    const s = start(0);
    const seen: string[] = [];
    const cues: Cue[] = [];
    for (let t = 0; t <= totalMs + 3000; t += 250) {
      cues.push(...s.advance(t));
      const v = s.view(t);
      const label = `${v.phase}:${v.exercise.id}:${v.side ?? '-'}`;
      if (seen.at(-1) !== label) seen.push(label);
    }
    expect(seen.slice(0, 5)).toEqual([
      'get-ready:piriformis-floor:-',
      'hold:piriformis-floor:1',
      'switch:piriformis-floor:2',
      'hold:piriformis-floor:2',
      'transition:hamstring-floor:-',
    ]);
    expect(seen.slice(-3)).toEqual(['hold:core-brace:-', 'get-up:core-brace:-', 'finished:core-brace:-']);
    expect(seen.at(-1)).toBe('finished:core-brace:-');
    expect(cues.filter((c) => c.kind === 'speak' && c.text.startsWith('Switch legs. '))).toHaveLength(2);
    expect(cues.some((c) => c.kind === 'speak' && c.text === 'Ten seconds left')).toBe(true);
    const summary = s.summary();
    expect(summary).toMatchObject({ routineId: 'sciatica-relief', completed: true, endReason: 'finished' });
    expect(summary.steps[0]).toEqual({ exerciseId: 'piriformis-floor', sidesDone: 2, secondsHeld: 120 });
  });

  it('one advance over a long gap catches up to the exact end', () => {
    const s = start(0);
    s.advance(10 * 60_000);
    expect(s.finished).toBe(true);
    expect(s.summary().endedAt).toBe(totalMs);
    expect(s.summary().steps.every((step) => step.sidesDone >= 1)).toBe(true);
  });
});

describe('controls', () => {
  it('pause freezes the exact remaining time in every phase, and resume keeps it', () => {
    const probe = start(0);
    for (let i = 0; i < probe.phases.length; i++) {
      const s = start(0);
      // Walk to the middle of phase i.
      let t = 0;
      for (let k = 0; k < i; k++) t += s.phases[k]!.durationMs;
      t += Math.floor(s.phases[i]!.durationMs / 3);
      s.advance(t);
      const before = s.view(t).remainingMs;
      s.pause(t);
      expect(s.view(t + 50_000).remainingMs).toBe(before);
      expect(s.advance(t + 50_000)).toEqual([]);
      s.resume(t + 50_000);
      expect(s.view(t + 50_000).remainingMs).toBe(before);
      expect(s.view(t + 50_000 + 700).remainingMs).toBe(before - 700);
    }
  });

  it('next, back and end work from every phase, and time never goes negative', () => {
    const probe = start(0);
    for (let i = 0; i < probe.phases.length; i++) {
      for (const action of ['next', 'back', 'end'] as const) {
        const s = start(0);
        let t = 0;
        for (let k = 0; k < i; k++) t += s.phases[k]!.durationMs;
        t += 500;
        s.advance(t);
        if (action === 'next') s.next(t);
        if (action === 'back') s.back(t);
        if (action === 'end') s.end(t, 'ended');
        const v = s.view(t);
        expect(v.remainingMs).toBeGreaterThanOrEqual(0);
        if (action === 'end') expect(s.summary()).toMatchObject({ completed: false, endReason: 'ended' });
      }
    }
  });

  it('"this hurt" ends at once and says so in the summary', () => {
    const s = start(0);
    s.advance(leadInMs + 15_000); // getting down to the floor, then 15 s held
    s.end(leadInMs + 15_000, 'hurt');
    expect(s.finished).toBe(true);
    expect(s.summary()).toMatchObject({ completed: false, endReason: 'hurt' });
    expect(s.summary().steps[0]!.secondsHeld).toBe(15);
  });

  it('back during a hold restarts it; at its start goes to the previous hold', () => {
    const s = start(0);
    s.advance(leadInMs + 30_000); // 30 s into side one
    s.back(leadInMs + 30_000);
    expect(s.view(leadInMs + 30_000)).toMatchObject({ phase: 'hold', side: 1, remainingMs: 60_000 });
  });
});

describe('completion', () => {
  it('skipping through every hold reaches the end but does not count as completed', () => {
    const s = start(0);
    let t = 0;
    while (!s.finished) s.next((t += 100));
    expect(s.summary()).toMatchObject({ endReason: 'finished', completed: false });
    expect(s.summary().steps.every((step) => step.secondsHeld <= 1)).toBe(true);
  });
});

describe('cues', () => {
  it('fire exactly once each, however time is sliced', () => {
    const reference = (() => {
      const s = start(0);
      return s.advance(totalMs + 3000).concat();
    })();
    const all = (() => {
      const s = start(0);
      const out: Cue[] = [];
      for (let t = 0; t <= totalMs + 3000; t += 100) out.push(...s.advance(t));
      return out;
    })();
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 30_000 }), { minLength: 1, maxLength: 200 }), (steps) => {
        const s = start(0);
        const out: Cue[] = [];
        let t = 0;
        for (const step of steps) {
          t += step;
          out.push(...s.advance(t));
        }
        out.push(...s.advance(totalMs + 3000));
        const key = (c: Cue) => `${c.at}:${c.kind}:${c.kind === 'tone' ? c.tone : c.text}`;
        expect(out.map(key)).toEqual(all.map(key));
      }),
      { numRuns: 300 },
    );
    // A single jump over the whole session hands out the very same cues.
    const key = (c: Cue) => `${c.at}:${c.kind}:${c.kind === 'tone' ? c.tone : c.text}`;
    expect(reference.map(key)).toEqual(all.map(key));
  });
});

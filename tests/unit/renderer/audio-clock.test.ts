import { describe, expect, it } from 'vitest';
import { audioTimeFor, chooseStamp, planTones, STALE_MS } from '../../../renderer/src/audio-clock';

// The audio clock read 12.0 s at performance time 50,000 ms.
const stamp = { contextTime: 12, performanceTime: 50_000 };

describe('cues on the audio clock', () => {
  it('maps a moment on the performance timeline to the audio clock', () => {
    expect(audioTimeFor(50_000, stamp)).toBe(12);
    expect(audioTimeFor(53_250, stamp)).toBeCloseTo(15.25, 9);
  });

  it('schedules a cue ahead for its exact moment, however late the timer that found it runs', () => {
    // A hidden window's timer woke 800 ms late, at 50,800; the tick is due at 52,000.
    const plan = planTones([{ at: 52_000, tone: 'tick' }], stamp, 50_800, 12.8, new Set());
    expect(plan).toEqual([{ key: '52000:tick', tone: 'tick', at: 52_000, when: 14 }]);
  });

  it('plays a slightly late cue at once, never in the audio past, and drops a stale one', () => {
    const plan = planTones(
      [
        { at: 49_700, tone: 'start' },
        { at: 50_000 - STALE_MS - 1, tone: 'half' },
      ],
      stamp,
      50_000,
      12,
      new Set(),
    );
    expect(plan).toEqual([{ key: '49700:start', tone: 'start', at: 49_700, when: 12 }]);
  });

  it('schedules each cue once: again on a later tick, or twice in one list, it is left out', () => {
    const cues = [
      { at: 51_000, tone: 'tick' as const },
      { at: 51_000, tone: 'tick' as const },
    ];
    expect(planTones(cues, stamp, 50_000, 12, new Set())).toHaveLength(1);
    expect(planTones(cues, stamp, 50_000, 12, new Set(['51000:tick']))).toEqual([]);
  });

  it("uses the context's own reading of both clocks when it has one", () => {
    expect(chooseStamp({ contextTime: 3, performanceTime: 900 }, 3.01, 910)).toEqual({ contextTime: 3, performanceTime: 900 });
    // Before the audio device runs, the reading is all zeros: read both clocks now instead.
    expect(chooseStamp({ contextTime: 0, performanceTime: 0 }, 0.5, 910)).toEqual({ contextTime: 0.5, performanceTime: 910 });
    expect(chooseStamp(null, 0.5, 910)).toEqual({ contextTime: 0.5, performanceTime: 910 });
    // A reading from long ago (or another timeline) is not used either.
    expect(chooseStamp({ contextTime: 3, performanceTime: 900 }, 9, 60_000)).toEqual({ contextTime: 9, performanceTime: 60_000 });
  });
});

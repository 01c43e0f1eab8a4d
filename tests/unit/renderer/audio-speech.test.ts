import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SpokenCues } from '../../../renderer/src/audio-speech';

/**
 * A stand-in audio clock: sources end when `advanceTo` passes their stop time (as the audio thread
 * would), or at once when stopped early. Only what SpokenCues uses.
 */
class FakeClock {
  currentTime = 0;
  private readonly sources = new Set<{ stopAt: number; end: () => void }>();

  createConstantSource() {
    const sources = this.sources;
    const now = () => this.currentTime;
    const source = {
      offset: { value: 1 },
      onended: null as (() => void) | null,
      stopAt: Infinity,
      end() {
        sources.delete(this);
        this.onended?.();
      },
      connect: () => {},
      disconnect: () => {},
      start: () => sources.add(source),
      stop(when?: number) {
        this.stopAt = when ?? 0;
        if (this.stopAt <= now()) this.end();
      },
    };
    return source;
  }

  advanceTo(seconds: number): void {
    this.currentTime = seconds;
    for (const source of [...this.sources].sort((a, b) => a.stopAt - b.stopAt)) if (source.stopAt <= seconds) source.end();
  }

  get waiting(): number {
    return this.sources.size;
  }
}

let said: string[];
let cancelled: number;
beforeEach(() => {
  said = [];
  cancelled = 0;
  Object.assign(globalThis, {
    SpeechSynthesisUtterance: class {
      rate = 1;
      constructor(readonly text: string) {}
    },
    speechSynthesis: { getVoices: () => [], speak: (u: { text: string }) => said.push(u.text), cancel: () => (cancelled += 1) },
  });
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>)['speechSynthesis'];
  delete (globalThis as Record<string, unknown>)['SpeechSynthesisUtterance'];
});

// Performance time 10,000 ms is audio time 0 s on the fake clock.
const T0 = 10_000;
const asContext = (clock: FakeClock) => clock as unknown as AudioContext;

describe('spoken cues said from the audio clock', () => {
  it('says a line planned ahead when the audio clock reaches its moment, with no tick at all', () => {
    const clock = new FakeClock();
    const speech = new SpokenCues();
    speech.play([{ at: T0 + 3000, text: 'Switch legs.' }, { at: T0 + 3000, text: 'Left over right.' }], T0, asContext(clock));
    clock.advanceTo(2.9);
    expect(said).toEqual([]);
    clock.advanceTo(3);
    expect(said).toEqual(['Switch legs.', 'Left over right.']);
  });

  it('says each line once, whether the tick or the clock gets there first', () => {
    const clock = new FakeClock();
    const speech = new SpokenCues();
    const cues = [
      { at: T0 + 1000, text: 'Ten seconds left' },
      { at: T0 + 2000, text: 'Well done.' },
    ];
    speech.play(cues, T0, asContext(clock));
    speech.play(cues, T0, asContext(clock)); // the next tick looks ahead again
    // The clock first for the first line, then a (late) tick hands both out as due.
    clock.advanceTo(1);
    speech.play(cues.slice(0, 1), T0 + 1800, asContext(clock));
    // The tick first for the second line (a visible window's tick lands on the moment)...
    speech.play(cues.slice(1), T0 + 2000, asContext(clock));
    // ...and the clock's event that follows finds it said.
    clock.advanceTo(2.1);
    expect(said).toEqual(['Ten seconds left', 'Well done.']);
    expect(clock.waiting).toBe(0);
  });

  it('cancel drops every line planned ahead and stops what is being said; a release keeps what is being said', () => {
    const clock = new FakeClock();
    const speech = new SpokenCues();
    speech.play([{ at: T0 + 2000, text: 'Right over left.' }], T0, asContext(clock));
    speech.cancel(true);
    expect(cancelled).toBe(1);
    clock.advanceTo(5);
    expect(said).toEqual([]);

    speech.play([{ at: T0 + 6000, text: 'Ten seconds left' }], T0 + 5000, asContext(clock));
    speech.cancel(false);
    clock.advanceTo(7);
    expect([said, cancelled]).toEqual([[], 1]);
  });

  it('after a pause, the same words on the resumed timeline are said (they are a new moment)', () => {
    const clock = new FakeClock();
    const speech = new SpokenCues();
    speech.play([{ at: T0 + 2000, text: 'Right over left.' }], T0, asContext(clock));
    speech.cancel(true); // paused at T0 + 1000 for 4 s
    speech.play([{ at: T0 + 6000, text: 'Right over left.' }], T0 + 5000, asContext(clock));
    clock.advanceTo(6);
    expect(said).toEqual(['Right over left.']);
  });

  it('with the audio clock stopped (a suspended engine) or absent, the tick says the line when due', () => {
    const clock = new FakeClock();
    const speech = new SpokenCues();
    const cue = { at: T0 + 1000, text: 'Switch sides.' };
    speech.play([cue], T0, asContext(clock));
    speech.play([cue], T0 + 1900, asContext(clock)); // the clock never moved
    expect(said).toEqual(['Switch sides.']);
    clock.advanceTo(1); // it starts again late: nothing twice
    expect(said).toEqual(['Switch sides.']);

    const silent = new SpokenCues();
    silent.play([{ at: T0 + 1000, text: 'Hold' }], T0, null);
    expect(said).toHaveLength(1);
    silent.play([{ at: T0 + 1000, text: 'Hold' }], T0 + 1000, null);
    expect(said).toEqual(['Switch sides.', 'Hold']);
  });
});

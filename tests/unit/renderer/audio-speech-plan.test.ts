import { describe, expect, it } from 'vitest';
import { planSpeech, speechKey, STALE_MS } from '../../../renderer/src/audio-clock';

// The audio clock's render position read 12.0 s at performance time 50,000 ms.
const clock = { stamp: { contextTime: 12, performanceTime: 50_000 }, audioNow: 12 };
const none = new Set<string>();
const line = (at: number, text: string) => ({ key: speechKey({ at, text }), text, at });

describe('spoken cues planned on the audio clock', () => {
  it('puts a later line on the clock for its exact moment, however late the tick that found it', () => {
    // A hidden window's tick woke 800 ms late, at 50,800; "Switch legs" is due at 53,000.
    const plan = planSpeech([{ at: 53_000, text: 'Switch legs.' }], 50_800, { ...clock, audioNow: 12.8 }, none, none);
    expect(plan).toEqual({ now: [], ahead: [{ at: 53_000, when: 15, lines: [line(53_000, 'Switch legs.')] }] });
  });

  it('groups the lines of one moment in their order, so one event says them in turn', () => {
    const cues = [
      { at: 51_000, text: 'Next: Bridge.' },
      { at: 51_000, text: 'Lie on your back.' },
      { at: 52_000, text: 'Ten seconds left' },
    ];
    const { ahead } = planSpeech(cues, 50_000, clock, none, none);
    expect(ahead.map((p) => [p.at, p.lines.map((l) => l.text)])).toEqual([
      [51_000, ['Next: Bridge.', 'Lie on your back.']],
      [52_000, ['Ten seconds left']],
    ]);
  });

  it('says a due line now, unless it was said already (the clock got there first)', () => {
    const cues = [{ at: 49_900, text: 'Right over left.' }];
    expect(planSpeech(cues, 50_000, clock, none, none).now).toEqual([line(49_900, 'Right over left.')]);
    // Planned on the clock but not said yet when the tick arrives: the tick says it.
    expect(planSpeech(cues, 50_000, clock, none, new Set([line(49_900, 'Right over left.').key])).now).toHaveLength(1);
    expect(planSpeech(cues, 50_000, clock, new Set([line(49_900, 'Right over left.').key]), none)).toEqual({ now: [], ahead: [] });
  });

  it('plans a line once: again on a later tick, or twice in one list, it is left out', () => {
    const cues = [
      { at: 51_000, text: 'Ten seconds left' },
      { at: 51_000, text: 'Ten seconds left' },
    ];
    expect(planSpeech(cues, 50_000, clock, none, none).ahead[0]!.lines).toHaveLength(1);
    expect(planSpeech(cues, 50_000, clock, none, new Set([speechKey(cues[0]!)])).ahead).toEqual([]);
  });

  it('drops a stale line (the moment is gone, e.g. after a sleep) and never times one in the audio past', () => {
    const plan = planSpeech([{ at: 50_000 - STALE_MS - 1, text: 'Hold' }, { at: 50_500, text: 'Go' }], 50_000, { ...clock, audioNow: 13 }, none, none);
    expect(plan.now).toEqual([]);
    expect(plan.ahead.map((p) => p.when)).toEqual([13]);
  });

  it('without an audio engine, says nothing ahead: each line is said when a tick finds it due', () => {
    const cues = [
      { at: 49_000, text: 'Get ready.' },
      { at: 52_000, text: 'Switch legs.' },
    ];
    expect(planSpeech(cues, 50_000, null, none, none)).toEqual({ now: [line(49_000, 'Get ready.')], ahead: [] });
  });
});

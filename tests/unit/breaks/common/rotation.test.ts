import { describe, expect, it } from 'vitest';
import { afterOffer, freshMemory, pickOffer, type OfferInputs, type StretchTime } from '../../../../electron/breaks/common/rotation';

const times: StretchTime[] = [
  { at: '13:30', routineId: 'quick-desk-stretch' },
  { at: '17:00', routineId: 'sciatica-relief' },
];
const at = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const base = (over: Partial<OfferInputs> = {}): OfferInputs => ({
  usualId: 'stand-and-walk',
  times,
  minuteOfDay: at('10:00'),
  memory: freshMemory(0),
  walking: () => ({ walked: 0.2, goal: 1, unit: 'mi' }),
  offered: () => true,
  ...over,
});

describe('which routine the next stretch break offers', () => {
  it('the usual routine until a chosen time is reached; then that time’s routine, once', () => {
    expect(pickOffer(base()).routineId).toBe('stand-and-walk');
    const lunch = pickOffer(base({ minuteOfDay: at('13:30') }));
    expect(lunch).toEqual({ reason: 'chosen-time', routineId: 'quick-desk-stretch', at: '13:30' });
    const memory = afterOffer(freshMemory(0), lunch, times);
    expect(pickOffer(base({ minuteOfDay: at('13:40'), memory, walking: () => null })).routineId).toBe('stand-and-walk');
    expect(pickOffer(base({ minuteOfDay: at('17:05'), memory })).routineId).toBe('sciatica-relief');
  });

  it('a time missed (say over a long meeting) is not offered on top of a later one', () => {
    const evening = pickOffer(base({ minuteOfDay: at('17:10') }));
    expect(evening.routineId).toBe('sciatica-relief');
    const memory = afterOffer(freshMemory(0), evening, times);
    expect(memory.timesDone).toEqual(expect.arrayContaining(['13:30', '17:00']));
    expect(pickOffer(base({ minuteOfDay: at('17:50'), memory })).reason).not.toBe('chosen-time');
  });

  it('the walking nudge: after 14:00, below half the goal, once a day, and only where a walk is offered', () => {
    const memory = afterOffer(freshMemory(0), { reason: 'chosen-time', routineId: 'quick-desk-stretch', at: '13:30' }, times);
    expect(pickOffer(base({ minuteOfDay: at('13:59'), memory })).reason).toBe('usual');
    const nudge = pickOffer(base({ minuteOfDay: at('14:00'), memory }));
    expect(nudge).toEqual({ reason: 'walk-nudge', routineId: 'walk-break', walking: { walked: 0.2, goal: 1, unit: 'mi' } });
    expect(pickOffer(base({ minuteOfDay: at('15:00'), memory: afterOffer(memory, nudge, times) })).reason).toBe('usual');
    expect(pickOffer(base({ minuteOfDay: at('15:00'), memory, walking: () => ({ walked: 0.5, goal: 1, unit: 'mi' }) })).reason).toBe('usual');
    expect(pickOffer(base({ minuteOfDay: at('15:00'), memory, offered: (id) => id !== 'walk-break' })).reason).toBe('usual');
    expect(pickOffer(base({ minuteOfDay: at('15:00'), memory, walking: () => null })).reason).toBe('usual');
  });

  it('does not even read the walking goal before the nudge could come', () => {
    let reads = 0;
    pickOffer(base({ minuteOfDay: at('11:00'), walking: () => (reads++, null) }));
    expect(reads).toBe(0);
  });
});

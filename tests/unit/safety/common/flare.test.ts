import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../../../electron/exercises/common/routines';
import { FLARE_DAYS, FLARE_PLAN, flareAdjustments, flareHeadline, flareHoldsBack, flareIntervalMin, flarePhase, flareStatus } from '../../../../electron/safety/common/flare';
import { DEFAULT_SETTINGS } from '../../../../electron/settings/common/schema';
import { FakeDesk } from '../../../support/fake-desk';

const since = '2026-11-20T08:00:00.000Z';
const at = (hours: number) => new Date(Date.parse(since) + hours * 3_600_000);
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const offered = (hours: number) => EXERCISES.filter((e) => flareHoldsBack(e, flareStatus(since, at(hours))) === null).map((e) => e.id);

describe('the flare-up plan', () => {
  it('is off without a start, and over after day 7', () => {
    expect(flareStatus(null, at(0))).toBeNull();
    expect(flareStatus(since, at(7 * 24 - 0.01))?.day).toBe(7);
    expect(flareStatus(since, at(7 * 24))).toBeNull();
    expect(flarePhase(since, at(7 * 24)).kind).toBe('none');
  });

  it('covers every day from 1 to 7 with exactly one stage, in order', () => {
    const days = FLARE_PLAN.flatMap((s) => Array.from({ length: s.lastDay - s.firstDay + 1 }, (_, i) => s.firstDay + i));
    expect(days).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(FLARE_DAYS).toBe(7);
  });

  it('treats a start in the future (clock set back) as starting now', () => {
    expect(flareStatus(since, at(-5))?.day).toBe(1);
  });

  it('first days: gentle breaks every half hour at most, never the floor or a non-gentle stretch', () => {
    expect(flareIntervalMin(45, flareStatus(since, at(1)))).toBe(30);
    expect(flareAdjustments(45, flareStatus(since, at(1)))).toMatchObject({ gentleOnly: true, walkingRampPaused: true });
    expect(offered(1).sort()).toEqual(['shoulder-rolls', 'sit-tall-reset', 'walk', 'walk-easy']);
  });

  it('brings exercises back a few at a time: seated and standing on day 3, the floor on day 6', () => {
    expect(offered(2 * 24)).toEqual(expect.arrayContaining(['figure-four-seated', 'hamstring-seated', 'hamstring-standing']));
    expect(offered(2 * 24)).not.toContain('piriformis-floor');
    expect(offered(5 * 24)).toContain('piriformis-floor');
    expect(flareHoldsBack(EXERCISES.find((e) => e.id === 'bridge')!, flareStatus(since, at(3 * 24)))).toBe(
      'held back in your flare-up; it returns on day 6',
    );
  });

  it('says the plan as a plan', () => {
    expect(flareHeadline(flareStatus(since, at(3 * 24 + 1))!)).toBe(
      'Day 4 of 7: seated and standing moves are back; the floor routine returns on day 6.',
    );
    expect(flareHeadline(flareStatus(since, at(1))!)).toMatch(/^Day 1 of 7: .*; seated and standing moves return on day 3\.$/);
    expect(flareHeadline(flareStatus(since, at(6 * 24))!)).toBe('Day 7 of 7: the floor routine is back.');
  });

  it('never makes the stretch interval longer than the usual one, whatever the interval and the hour', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 240 }), fc.double({ min: -48, max: 24 * 10, noNaN: true }), (usual, hours) => {
        const status = flareStatus(since, at(hours));
        expect(flareIntervalMin(usual, status)).toBeLessThanOrEqual(usual);
        expect(Math.round(usual * flareAdjustments(usual, status).stretchIntervalFactor)).toBeLessThanOrEqual(usual);
      }),
    );
  });
});

describe('the flare-up plan in the running app, over 10 days on a fake clock', () => {
  it('shortens the interval, steps it back, survives a sleep across a stage end, and ends by itself', async () => {
    const desk = await FakeDesk.create({ settings: { postureChecksEnabled: false, headsUpSec: 0 } });
    const usual = DEFAULT_SETTINGS.stretchIntervalMin * MIN;
    const start = desk.wall;
    await desk.call('settings:update', [{ flareUpSince: new Date(start).toISOString() }]);
    const seen: Array<[number, number, string]> = [];
    const look = () => {
      const s = desk.breaks.status();
      seen.push([Math.floor((desk.wall - start) / DAY) + 1, desk.breaks.inspect().config.stretchIntervalMs / MIN, s.routineId]);
      expect(desk.breaks.inspect().config.stretchIntervalMs).toBeLessThanOrEqual(usual);
    };
    look();
    await desk.run(DAY - 2 * 60 * MIN); // day 1, awake
    look();
    await desk.run(2 * 60 * MIN + 10 * MIN); // into day 2
    look();
    // Asleep from day 2 across the end of the first stage (day 3 begins at 48 h) into day 4.
    await desk.sleep(2 * DAY);
    await desk.run(11 * MIN);
    look();
    await desk.run(2 * DAY); // day 6: the floor is back, the usual interval
    look();
    await desk.sleep(3 * DAY); // day 9: over
    await desk.run(11 * MIN);
    look();
    expect(seen.map(([day, min, routine]) => `${day}:${min}:${routine}`)).toEqual([
      '1:30:gentle-flare',
      '1:30:gentle-flare',
      '2:30:gentle-flare',
      '4:40:stand-and-walk',
      '6:45:stand-and-walk',
      '9:45:stand-and-walk',
    ]);
    expect(desk.breaks.status().flare).toBeNull();
    desk.dispose();
  });
});

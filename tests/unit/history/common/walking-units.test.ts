import { dailyGoal, type WalkingPlan } from '../../../../electron/history/common/walking';
import { fromShown, shownUnit, toShown } from '../../../../electron/history/common/walking-units';
import { milesIn, resolveDistanceUnit } from '../../../../electron/i18n/common/distance-choice';
import { describe, expect, it } from 'vitest';

const plan: WalkingPlan = { unit: 'mi', startDaily: 0.5, target: 3, startedOn: '2026-01-05' };

describe('walking distances in the chosen unit', () => {
  it('follows the choice, else the region: miles in the US and UK, kilometres elsewhere or unknown', () => {
    expect(resolveDistanceUnit('km', 'en-US')).toBe('km');
    expect(resolveDistanceUnit('mi', 'de-DE')).toBe('mi');
    expect(resolveDistanceUnit('auto', 'en-US')).toBe('mi');
    expect(resolveDistanceUnit('auto', 'en-GB')).toBe('mi');
    expect(resolveDistanceUnit('auto', 'de-DE')).toBe('km');
    expect(resolveDistanceUnit('auto', 'fr')).toBe('km');
  });

  it('a plan kept in miles is shown in kilometres and typed back without changing its unit', () => {
    expect(shownUnit('mi', 'km')).toBe('km');
    expect(shownUnit('min', 'km')).toBe('min');
    expect(toShown(3, 'mi', 'km')).toBe(4.83);
    expect(toShown(3, 'mi', 'mi')).toBe(3);
    expect(toShown(30, 'min', 'km')).toBe(30);
    expect(fromShown(8, 'mi', 'km')).toBe(4.971);
    expect(fromShown(5, 'km', 'mi')).toBe(8.047);
    expect(milesIn(1, 'km')).toBeCloseTo(1.609344);
  });

  it('the weekly ramp is the same plan in either unit: each week’s goal is the miles goal converted', () => {
    for (const week of [0, 1, 4, 10, 30]) {
      const day = new Date(new Date('2026-01-05T12:00:00').getTime() + week * 7 * 86_400_000);
      const miles = dailyGoal(plan, day);
      expect(toShown(miles, plan.unit, 'km')).toBe(Math.round(miles * 1.609344 * 100) / 100);
    }
  });
});

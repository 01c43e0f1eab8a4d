import { describe, expect, it } from 'vitest';
import { isVettedExternalUrl } from '../../../../electron/shell/node/links';
import { FURTHER_READING, tierAction, WARNING_TIERS } from '../../../../electron/safety/common/content';
import { EMERGENCY_REGIONS, emergencyContactFor, emergencyNumberFor, regionOf } from '../../../../electron/safety/common/emergency-number';

const tier = (id: string) => WARNING_TIERS.find((t) => t.id === id)!;
const text = (id: string) => tier(id).signs.join(' ').toLowerCase();

describe('warning signs in three tiers', () => {
  it('come in order: emergency, today, soon', () => {
    expect(WARNING_TIERS.map((t) => t.id)).toEqual(['emergency', 'today', 'soon']);
  });

  it('file the signs of cauda equina, both legs included, under "call now"', () => {
    for (const sign of ['bladder', 'bowel', 'saddle', 'sex', 'sciatica in both legs', 'weakness or numbness in both legs']) {
      expect(text('emergency')).toContain(sign);
    }
    expect(text('soon')).not.toContain('both legs');
  });

  it('file foot drop and a leg quickly getting weaker under "today"', () => {
    expect(text('today')).toContain('foot that drops');
    expect(text('today')).toContain('quickly getting weaker');
  });

  it('list the other red flags under "soon", the ones once missing included', () => {
    for (const sign of ['infection', 'procedure on your spine', 'osteoporosis', 'steroid', 'over about 50', 'under 20', 'worse lying down', 'arms', 'unsteady walk', 'weight loss', 'cancer', 'injury']) {
      expect(text('soon')).toContain(sign);
    }
  });

  it('name the number to call and the services of the region', () => {
    expect(tierAction(tier('emergency'), emergencyContactFor('en-GB'))).toBe('Call 999 or go to A&E now if you have');
    expect(tierAction(tier('today'), emergencyContactFor('en-GB'))).toBe('Get seen today (your GP, or NHS 111) if you have');
    expect(tierAction(tier('emergency'), emergencyContactFor('en-US'))).toBe('Call 911 or go to an emergency department now if you have');
    expect(tierAction(tier('today'), emergencyContactFor('de-DE'))).toBe('Get seen today (your doctor or an urgent care service) if you have');
    for (const t of WARNING_TIERS) expect(tierAction(t, emergencyContactFor(null))).not.toMatch(/[{}]/);
  });

  it('link only to vetted pages', () => {
    for (const link of FURTHER_READING) expect(isVettedExternalUrl(link.url)).toBe(true);
  });
});

describe('the emergency number for the system locale', () => {
  it.each([
    ['en-GB', '999'],
    ['en_GB.UTF-8', '999'],
    ['en-US', '911'],
    ['fr-CA', '911'],
    ['en-AU', '000'],
    ['en-NZ', '111'],
    ['de-DE', '112'],
    ['fr-FR', '112'],
    ['en-IE', '112'],
    ['zh-Hant-HK', '999'],
    ['en', '112'],
    ['', '112'],
    [null, '112'],
    ['xx-ZZ', '112'],
    ['es-ES', '112'],
    ['es-MX', '911'],
    ['es-CO', '123'],
    ['es-CL', '131'],
    ['de-AT', '112'],
    ['de-CH', '144'],
    ['fr-CH', '144'],
    ['fr-BE', '112'],
  ])('%s → %s', (locale, number) => expect(emergencyNumberFor(locale)).toBe(number));

  it('reads only the region and bounds what it reads', () => {
    expect(regionOf('en-gb')).toBe('GB');
    expect(regionOf('x'.repeat(10_000) + '-GB')).toBeNull();
    expect(EMERGENCY_REGIONS).toEqual(expect.arrayContaining(['GB', 'US', 'CA', 'AU', 'NZ']));
  });
});

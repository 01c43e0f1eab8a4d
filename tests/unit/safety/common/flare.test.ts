import { describe, expect, it } from 'vitest';
import { flareAdjustments, flarePhase } from '../../../../electron/safety/common/flare';
import { SEE_A_DOCTOR_SIGNS } from '../../../../electron/safety/common/content';
import { isVettedExternalUrl } from '../../../../electron/shell/node/links';
import { FURTHER_READING } from '../../../../electron/safety/common/content';

const since = '2026-11-20T08:00:00.000Z';
const at = (hours: number) => new Date(Date.parse(since) + hours * 3_600_000);

describe('flare-up mode', () => {
  it('is off without a start', () => expect(flarePhase(null, at(0)).kind).toBe('none'));
  it('rests for two days, eases back in for five, then ends by itself', () => {
    expect(flarePhase(since, at(0)).kind).toBe('rest');
    expect(flarePhase(since, at(47.9)).kind).toBe('rest');
    expect(flarePhase(since, at(48)).kind).toBe('return');
    expect(flarePhase(since, at(48 + 119)).kind).toBe('return');
    expect(flarePhase(since, at(48 + 120)).kind).toBe('none');
  });
  it('treats a start in the future (clock set back) as starting now', () => {
    expect(flarePhase(since, at(-5)).kind).toBe('rest');
  });
  it('softens reminders and keeps sessions gentle until it ends', () => {
    expect(flareAdjustments(flarePhase(since, at(1)))).toMatchObject({ stretchIntervalFactor: 2, gentleOnly: true, walkingRampPaused: true });
    expect(flareAdjustments(flarePhase(since, at(60)))).toMatchObject({ stretchIntervalFactor: 1.5, gentleOnly: true });
    expect(flareAdjustments({ kind: 'none' })).toMatchObject({ stretchIntervalFactor: 1, gentleOnly: false });
  });
});

describe('safety content', () => {
  it('lists the red flags that need a clinician', () => {
    const text = SEE_A_DOCTOR_SIGNS.join(' ').toLowerCase();
    for (const sign of ['bladder', 'groin', 'weakness', 'both legs', 'fever', 'injury']) expect(text).toContain(sign);
  });
  it('links only to vetted pages', () => {
    for (const link of FURTHER_READING) expect(isVettedExternalUrl(link.url)).toBe(true);
  });
});

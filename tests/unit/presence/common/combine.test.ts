import { describe, expect, it } from 'vitest';
import {
  combinePresence,
  DEFAULT_PRESENCE_SWITCHES,
  isSwitchOn,
  type PresenceSwitches,
} from '../../../../electron/presence/common/combine';
import type { PresenceFinding } from '../../../../electron/presence/common/presence-types';

const on: PresenceSwitches = { ...DEFAULT_PRESENCE_SWITCHES, meetingApps: ['zoom'] };

describe('combinePresence', () => {
  it('is all unknown with no findings', () => {
    expect(combinePresence([], on)).toEqual({ inCall: null, presenting: null, dnd: null, reason: null });
  });

  it('lets one true win over false and unknown, and names why', () => {
    const findings: PresenceFinding[] = [
      { via: 'microphone', value: false, reason: null },
      { via: 'camera', value: true, reason: 'camera in use by zoom' },
      { via: 'meetingApps', value: null, reason: 'no process list' },
      { via: 'fullscreen', value: false, reason: null },
    ];
    expect(combinePresence(findings, on)).toEqual({
      inCall: true,
      presenting: false,
      dnd: null,
      reason: 'camera in use by zoom',
    });
  });

  it('keeps a definite false over unknown, and then explains only what is unknown', () => {
    const findings: PresenceFinding[] = [
      { via: 'microphone', value: false, reason: null },
      { via: 'camera', value: null, reason: 'camera probe failed' },
      { via: 'fullscreen', value: null, reason: 'on Wayland an app cannot see…' },
      { via: 'dnd', value: false, reason: null },
    ];
    const reading = combinePresence(findings, on);
    expect(reading).toMatchObject({ inCall: false, presenting: null, dnd: false });
    // The camera's failure does not matter to the answer (inCall is known), Wayland's does.
    expect(reading.reason).toBe('on Wayland an app cannot see…');
  });

  it('joins the reasons of every true signal once each', () => {
    const findings: PresenceFinding[] = [
      { via: 'microphone', value: true, reason: 'microphone in use by zoom' },
      { via: 'camera', value: true, reason: 'camera in use by zoom' },
      { via: 'fullscreen', value: true, reason: 'full-screen window in front' },
      { via: 'microphone', value: true, reason: 'microphone in use by zoom' },
    ];
    expect(combinePresence(findings, on).reason).toBe(
      'microphone in use by zoom; camera in use by zoom; full-screen window in front',
    );
  });

  it('ignores findings whose switch is off: their signal becomes unknown', () => {
    const findings: PresenceFinding[] = [
      { via: 'microphone', value: true, reason: 'microphone in use by zoom' },
      { via: 'dnd', value: true, reason: 'do not disturb is on' },
    ];
    const reading = combinePresence(findings, { ...on, microphone: false, dnd: false });
    expect(reading).toEqual({ inCall: null, presenting: null, dnd: null, reason: null });
  });

  it('treats the meeting-app list as its switch: empty or blank means off', () => {
    expect(isSwitchOn(DEFAULT_PRESENCE_SWITCHES, 'meetingApps')).toBe(false);
    expect(isSwitchOn({ ...on, meetingApps: ['  '] }, 'meetingApps')).toBe(false);
    expect(isSwitchOn(on, 'meetingApps')).toBe(true);
    const finding: PresenceFinding = { via: 'meetingApps', value: true, reason: 'meeting app running: zoom' };
    expect(combinePresence([finding], DEFAULT_PRESENCE_SWITCHES).inCall).toBeNull();
    expect(combinePresence([finding], on).inCall).toBe(true);
  });

  it('defaults every way of knowing on except the meeting-app list', () => {
    expect(DEFAULT_PRESENCE_SWITCHES).toEqual({
      microphone: true,
      camera: true,
      fullscreen: true,
      dnd: true,
      meetingApps: [],
    });
    expect(Object.isFrozen(DEFAULT_PRESENCE_SWITCHES)).toBe(true);
  });
});

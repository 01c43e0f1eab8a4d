import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESENCE_SWITCHES } from '../../../../electron/presence/common/combine';
import type { RecordedFinding } from '../../../../electron/presence/common/presence-types';
import type { PresenceSwitches } from '../../../../electron/presence/common/presence-types';
import {
  noPresenceSource,
  notReadYet,
  presenceStatus,
  unreadSwitches,
} from '../../../../electron/presence/common/switch-status';

const on: PresenceSwitches = { ...DEFAULT_PRESENCE_SWITCHES, meetingApps: ['zoom'] };
const WAYLAND = 'on Wayland an app cannot see whether another window is full screen';

/** A Linux desk on Wayland with no sound server: every kind of answer a probe can give. */
const findings: RecordedFinding[] = [
  { via: 'microphone', value: null, reason: 'PulseAudio/PipeWire recording streams: Connection refused', failed: true },
  { via: 'camera', value: true, reason: 'camera in use by zoom', failed: false },
  { via: 'fullscreen', value: null, reason: WAYLAND, failed: false },
  { via: 'dnd', value: false, reason: null, failed: false },
  { via: 'meetingApps', value: false, reason: null, failed: false },
];

describe('presenceStatus', () => {
  it('tells working, unavailable and a failed probe apart, each with its own words', () => {
    expect(presenceStatus(on, findings).switches).toEqual({
      microphone: { state: 'unknown', detail: 'PulseAudio/PipeWire recording streams: Connection refused' },
      camera: { state: 'working', detail: 'camera in use by zoom' },
      fullscreen: { state: 'unavailable', detail: WAYLAND },
      dnd: { state: 'working', detail: null },
      meetingApps: { state: 'working', detail: null },
    });
  });

  it("says off for a switch the user turned off, whatever the last reading found; an empty app list is off", () => {
    const switches = { ...on, camera: false, fullscreen: false, meetingApps: [] };
    const status = presenceStatus(switches, findings).switches;
    expect(status.camera).toEqual({ state: 'off', detail: null });
    expect(status.fullscreen).toEqual({ state: 'off', detail: null });
    expect(status.meetingApps).toEqual({ state: 'off', detail: null });
    expect(presenceStatus({ ...on, meetingApps: ['  '] }, findings).switches.meetingApps.state).toBe('off');
  });

  it('without a presence source, every switch that is on is unknown and says why', () => {
    const status = presenceStatus({ ...on, dnd: false }, null).switches;
    expect(status.microphone).toEqual({ state: 'unknown', detail: noPresenceSource() });
    expect(status.meetingApps).toEqual({ state: 'unknown', detail: noPresenceSource() });
    expect(status.dnd).toEqual({ state: 'off', detail: null });
  });

  it('a switch the last reading did not cover is "not checked yet", never working', () => {
    const status = presenceStatus(on, findings.filter((f) => f.via !== 'camera')).switches;
    expect(status.camera).toEqual({ state: 'unknown', detail: notReadYet() });
  });

  it('one probe that answers makes the switch work even when another way of reading it failed', () => {
    const both: RecordedFinding[] = [
      { via: 'dnd', value: null, reason: 'GNOME: no dconf', failed: true },
      { via: 'dnd', value: true, reason: 'do not disturb is on', failed: false },
    ];
    expect(presenceStatus(on, both).switches.dnd).toEqual({ state: 'working', detail: 'do not disturb is on' });
  });

  it('an unavailable signal with several reasons names each once', () => {
    const twice: RecordedFinding[] = [
      { via: 'dnd', value: null, reason: 'macOS says nothing', failed: false },
      { via: 'dnd', value: null, reason: 'macOS says nothing', failed: false },
      { via: 'dnd', value: null, reason: null, failed: false },
    ];
    expect(presenceStatus(on, twice).switches.dnd).toEqual({ state: 'unavailable', detail: 'macOS says nothing' });
  });
});

describe('unreadSwitches', () => {
  it('lists the switches that are on and have no finding, in order', () => {
    expect(unreadSwitches(on, [])).toEqual(['microphone', 'camera', 'fullscreen', 'dnd', 'meetingApps']);
    expect(unreadSwitches(on, findings)).toEqual([]);
    expect(unreadSwitches({ ...on, microphone: false, meetingApps: [] }, findings.slice(2))).toEqual(['camera']);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PRESENCE_SWITCHES } from '../../../../electron/presence/common/combine';
import type { RecordedFinding } from '../../../../electron/presence/common/presence-types';
import type { PresenceSwitches } from '../../../../electron/presence/common/presence-types';
import { noPresenceSource } from '../../../../electron/presence/common/switch-status';
import { createPresenceHandlers, type PresenceStatusSource } from '../../../../electron/presence/node/presence-handlers';
import { UNKNOWN_PRESENCE } from '../../../../electron/presence/common/presence-types';
import { FakeDesk } from '../../../support/fake-desk';

const answered = (via: RecordedFinding['via']): RecordedFinding => ({ via, value: false, reason: null, failed: false });
const ALL = (['microphone', 'camera', 'fullscreen', 'dnd'] as const).map(answered);

/** A source whose readings cover the switches that are on when each reading starts. */
function fakeSource(switches: () => PresenceSwitches, { stale = 0 } = {}) {
  let last: RecordedFinding[] = [];
  let staleLeft = stale;
  const source: PresenceStatusSource & { refresh: ReturnType<typeof vi.fn> } = {
    findings: () => last,
    refresh: vi.fn(() => {
      // A stale reading: one started before the switch went on, so it comes back without it.
      if (staleLeft-- <= 0) last = switches().meetingApps.length ? [...ALL, answered('meetingApps')] : ALL;
      return Promise.resolve(UNKNOWN_PRESENCE);
    }),
  };
  return source;
}

describe('presence:status', () => {
  it('with no presence source, answers at once: on switches unknown, off switches off', async () => {
    const handlers = createPresenceHandlers({ switches: () => ({ ...DEFAULT_PRESENCE_SWITCHES, camera: false }) });
    const { switches } = await handlers['presence:status']();
    expect(switches.microphone).toEqual({ state: 'unknown', detail: noPresenceSource() });
    expect(switches.camera).toEqual({ state: 'off', detail: null });
    expect(switches.meetingApps).toEqual({ state: 'off', detail: null });
  });

  it('reads once when a switch that is on has no finding, and not again while all are covered', async () => {
    const settings = { ...DEFAULT_PRESENCE_SWITCHES };
    const source = fakeSource(() => settings);
    const handlers = createPresenceHandlers({ switches: () => settings, source });
    expect((await handlers['presence:status']()).switches.microphone.state).toBe('working');
    await handlers['presence:status']();
    expect(source.refresh).toHaveBeenCalledTimes(1);

    settings.meetingApps = ['zoom'];
    expect((await handlers['presence:status']()).switches.meetingApps.state).toBe('working');
    expect(source.refresh).toHaveBeenCalledTimes(2);
  });

  it('reads a second time when the first reading was already under way, and never a third', async () => {
    const settings = { ...DEFAULT_PRESENCE_SWITCHES };
    const once = fakeSource(() => settings, { stale: 1 });
    expect((await createPresenceHandlers({ switches: () => settings, source: once })['presence:status']()).switches.dnd.state).toBe('working');
    expect(once.refresh).toHaveBeenCalledTimes(2);

    const never = fakeSource(() => settings, { stale: 99 });
    const status = await createPresenceHandlers({ switches: () => settings, source: never })['presence:status']();
    expect(status.switches.dnd).toEqual({ state: 'unknown', detail: 'not checked yet' });
    expect(never.refresh).toHaveBeenCalledTimes(2);
  });
});

describe('presence:status through the composed services', () => {
  let desk: FakeDesk | null = null;
  afterEach(() => desk?.dispose());

  it('answers from the presence feed the services were given, with the saved switches', async () => {
    desk = await FakeDesk.create({ presence: true, settings: { presence: { ...DEFAULT_PRESENCE_SWITCHES, dnd: false, meetingApps: [] } } });
    desk.presenceFindings = [answered('microphone'), answered('camera'), { via: 'fullscreen', value: null, reason: 'Wayland', failed: false }];
    expect(await desk.call('presence:status', [])).toEqual({
      switches: {
        microphone: { state: 'working', detail: null },
        camera: { state: 'working', detail: null },
        fullscreen: { state: 'unavailable', detail: 'Wayland' },
        dnd: { state: 'off', detail: null },
        meetingApps: { state: 'off', detail: null },
      },
    });
    await expect(desk.call('presence:status', [true])).rejects.toThrow(/presence:status failed/);
  });
});

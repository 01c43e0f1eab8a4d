import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PRESENCE_SWITCHES } from '../../../../electron/presence/common/combine';
import type { RecordedFinding } from '../../../../electron/presence/common/presence-types';
import type { PresenceSwitches } from '../../../../electron/presence/common/presence-types';
import { noPresenceSource } from '../../../../electron/presence/common/switch-status';
import { createPresenceHandlers, STATUS_READINGS_PER_MINUTE, type PresenceStatusSource } from '../../../../electron/presence/node/presence-handlers';
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

describe('presence:status under a hostile page', () => {
  /** A faithful source: a reading finds exactly the switches that are on when it starts. */
  function readsWhatIsOn(switches: () => PresenceSwitches) {
    let last: RecordedFinding[] = [];
    let inFlight: Promise<typeof UNKNOWN_PRESENCE> | null = null;
    const source = {
      findings: () => last,
      /** Readings taken (calls during one share it, as the real source's do). */
      readings: 0,
      refresh: () => {
        inFlight ??= (async () => {
          source.readings++;
          const on = switches();
          await new Promise((resolve) => setTimeout(resolve, 0));
          last = (['microphone', 'camera'] as const).filter((name) => on[name]).map(answered);
          inFlight = null;
          return UNKNOWN_PRESENCE;
        })();
        return inFlight;
      },
    } satisfies PresenceStatusSource & { readings: number };
    return source;
  }
  /** Microphone only, then camera only, and so on: every call finds a switch the last reading left out. */
  const flip = (settings: PresenceSwitches, i: number) => Object.assign(settings, { microphone: i % 2 === 0, camera: i % 2 === 1 });
  const quiet = (): PresenceSwitches => ({ ...DEFAULT_PRESENCE_SWITCHES, fullscreen: false, dnd: false, meetingApps: [] });

  it('a page flipping a switch before each of 1,000 calls gets a bounded number of readings a minute, and every call is answered', async () => {
    let t = 0;
    const settings = quiet();
    const source = readsWhatIsOn(() => settings);
    const handlers = createPresenceHandlers({ switches: () => settings, source, now: () => t });
    const answers = [];
    for (let i = 0; i < 1000; i++) {
      flip(settings, i);
      answers.push(await handlers['presence:status']());
      t += 100; // 1,000 calls over 100 s: two minutes' worth of readings at most
    }
    expect(source.readings).toBeLessThanOrEqual(2 * STATUS_READINGS_PER_MINUTE);
    expect(answers).toHaveLength(1000);
    for (const a of answers) expect(Object.keys(a.switches)).toHaveLength(5);
    // A minute after the flood the budget is back: a real change is read again.
    const before = source.readings;
    t += 60_000;
    flip(settings, before);
    expect((await handlers['presence:status']()).switches[before % 2 === 0 ? 'microphone' : 'camera'].state).toBe('working');
    expect(source.readings).toBe(before + 1);
  });

  it('1,000 calls at once share one reading', async () => {
    const settings = quiet();
    const source = readsWhatIsOn(() => settings);
    const handlers = createPresenceHandlers({ switches: () => settings, source, now: () => 0 });
    const answers = await Promise.all(Array.from({ length: 1000 }, async () => handlers['presence:status']()));
    expect(source.readings).toBe(1);
    for (const a of answers) expect(a.switches.microphone.state).toBe('working');
  });

  it('past the budget a switch just turned on says "not checked yet" rather than starting helpers', async () => {
    const settings = quiet();
    const source = readsWhatIsOn(() => settings);
    const handlers = createPresenceHandlers({ switches: () => settings, source, now: () => 0 });
    for (let i = 0; i < STATUS_READINGS_PER_MINUTE; i++) {
      flip(settings, i);
      await handlers['presence:status']();
    }
    expect(source.readings).toBe(STATUS_READINGS_PER_MINUTE);
    flip(settings, STATUS_READINGS_PER_MINUTE);
    const status = await handlers['presence:status']();
    expect(source.readings).toBe(STATUS_READINGS_PER_MINUTE);
    expect(status.switches[STATUS_READINGS_PER_MINUTE % 2 === 0 ? 'microphone' : 'camera']).toEqual({ state: 'unknown', detail: 'not checked yet' });
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

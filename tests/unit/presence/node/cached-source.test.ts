import { describe, expect, it, vi } from 'vitest';
import { createCachedPresenceSource } from '../../../../electron/presence/node/cached-source';
import { DEFAULT_PRESENCE_SWITCHES } from '../../../../electron/presence/common/combine';
import { UNKNOWN_PRESENCE } from '../../../../electron/presence/common/presence-types';
import type {
  PresenceFinding,
  PresenceProbe,
  PresenceSwitches,
  ProbeContext,
} from '../../../../electron/ports/presence';

/** Timers and a monotonic clock that move only when told. */
function fakeTime() {
  let now = 0;
  let nextId = 0;
  const due = new Map<number, { at: number; cb: () => void }>();
  return {
    now: () => now,
    timers: {
      set: (cb: () => void, ms: number) => {
        due.set(++nextId, { at: now + ms, cb });
        return nextId;
      },
      clear: (handle: unknown) => void due.delete(handle as number),
    },
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...due].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at > now) continue;
        due.delete(id);
        t.cb();
      }
    },
    pending: () => due.size,
  };
}

const flush = () => new Promise((r) => setImmediate(r));

function probe(
  name: string,
  read: (ctx: ProbeContext) => Promise<PresenceFinding[]>,
  uses: PresenceProbe['uses'] = ['microphone'],
): PresenceProbe & { calls: ProbeContext[] } {
  const calls: ProbeContext[] = [];
  return {
    name,
    uses,
    calls,
    read: (ctx) => {
      calls.push(ctx);
      return read(ctx);
    },
  };
}

const mic = (value: boolean | null): PresenceFinding[] => [
  { via: 'microphone', value, reason: value ? 'microphone in use by zoom' : null },
];

function setup(probes: PresenceProbe[], switches: PresenceSwitches = { ...DEFAULT_PRESENCE_SWITCHES }) {
  const time = fakeTime();
  const log = vi.fn<(m: string) => void>();
  const source = createCachedPresenceSource(probes, {
    switches: () => switches,
    log,
    now: time.now,
    timers: time.timers,
    timeoutMs: 1_500,
    maxAgeMs: 25_000,
  });
  return { time, log, source };
}

describe('createCachedPresenceSource', () => {
  it('answers unknown at once before the first reading, then the merged reading', async () => {
    const { source } = setup([probe('mic', () => Promise.resolve(mic(true)))]);
    expect(source.current()).toEqual(UNKNOWN_PRESENCE);
    await flush();
    expect(source.current()).toEqual({
      inCall: true,
      presenting: null,
      dnd: null,
      reason: 'microphone in use by zoom',
    });
  });

  it('refreshes in the background only when the reading is older than maxAgeMs', async () => {
    const p = probe('mic', () => Promise.resolve(mic(false)));
    const { source, time } = setup([p]);
    await source.refresh();
    expect(p.calls).toHaveLength(1);
    time.advance(20_000);
    source.current();
    expect(p.calls).toHaveLength(1);
    source.current(10_000);
    expect(p.calls).toHaveLength(2);
    await flush();
    time.advance(25_001);
    source.current();
    expect(p.calls).toHaveLength(3);
  });

  it('shares one reading between callers instead of piling up probes', async () => {
    let resolve: (f: PresenceFinding[]) => void = () => {};
    const p = probe('mic', () => new Promise((r) => (resolve = r)));
    const { source } = setup([p]);
    const a = source.refresh();
    const b = source.refresh();
    source.current(0);
    expect(p.calls).toHaveLength(1);
    resolve(mic(true));
    expect(await a).toBe(await b);
  });

  it('time-boxes a stuck probe: the reading comes anyway, the probe is told to stop, and it is logged once', async () => {
    const stuck = probe('stuck pactl', () => new Promise<PresenceFinding[]>(() => {}));
    const fine = probe('camera', () => Promise.resolve([{ via: 'camera', value: false, reason: null }]), ['camera']);
    const { source, time, log } = setup([stuck, fine]);
    const reading = source.refresh();
    await flush();
    time.advance(1_499);
    await flush();
    expect(stuck.calls[0]?.signal.aborted).toBe(false);
    time.advance(1);
    expect(await reading).toEqual({ inCall: false, presenting: null, dnd: null, reason: null });
    expect(stuck.calls[0]?.signal.aborted).toBe(true);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(/stuck pactl failed \(no answer within 1500 ms\)/);

    const again = source.refresh();
    await flush();
    time.advance(1_500);
    await again;
    expect(log).toHaveBeenCalledTimes(1);
    expect(time.pending()).toBe(0);
  });

  it('turns a throwing or rejecting probe into unknown with the reason, logs once per failure streak', async () => {
    let fail = true;
    const p = probe('pactl', () =>
      fail ? Promise.reject(new Error('pactl is not installed')) : Promise.resolve(mic(false)),
    );
    const sync = probe(
      'sync thrower',
      () => {
        throw new Error('boom');
      },
      ['dnd'],
    );
    const { source, log } = setup([p, sync]);
    const first = await source.refresh();
    expect(first.inCall).toBeNull();
    expect(first.dnd).toBeNull();
    expect(first.reason).toBe('pactl: pactl is not installed; sync thrower: boom');
    await source.refresh();
    expect(log).toHaveBeenCalledTimes(2);
    fail = false;
    expect((await source.refresh()).inCall).toBe(false);
    fail = true;
    await source.refresh();
    expect(log).toHaveBeenCalledTimes(3);
    expect(log.mock.calls[2]?.[0]).toMatch(/pactl failed/);
  });

  it('does not run a probe whose switches are all off, and reads the switches at every refresh', async () => {
    const switches = { ...DEFAULT_PRESENCE_SWITCHES, microphone: false };
    const p = probe('mic', () => Promise.resolve(mic(true)));
    const apps = probe(
      'apps',
      (ctx) =>
        Promise.resolve([{ via: 'meetingApps', value: ctx.switches.meetingApps.includes('zoom'), reason: 'zoom' }]),
      ['meetingApps'],
    );
    const { source } = setup([p, apps], switches);
    expect(await source.refresh()).toEqual(UNKNOWN_PRESENCE);
    expect(p.calls).toHaveLength(0);
    expect(apps.calls).toHaveLength(0);
    switches.meetingApps = ['zoom'];
    expect((await source.refresh()).inCall).toBe(true);
    expect(apps.calls).toHaveLength(1);
  });

  it('never throws when the settings cannot be read; keeps the last reading and says so once', async () => {
    const time = fakeTime();
    const log = vi.fn();
    let broken = false;
    const source = createCachedPresenceSource([probe('mic', () => Promise.resolve(mic(true)))], {
      switches: () => {
        if (broken) throw new Error('settings store closed');
        return DEFAULT_PRESENCE_SWITCHES;
      },
      log,
      now: time.now,
      timers: time.timers,
    });
    const good = await source.refresh();
    broken = true;
    expect(await source.refresh()).toBe(good);
    expect(await source.refresh()).toBe(good);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('dispose aborts what runs, stops probes once, and refreshes no more', async () => {
    const dispose = vi.fn();
    const p = { ...probe('ps', () => new Promise<PresenceFinding[]>(() => {})), dispose };
    const { source } = setup([p]);
    void source.refresh();
    await flush();
    source.dispose();
    source.dispose();
    expect(p.calls[0]?.signal.aborted).toBe(true);
    expect(dispose).toHaveBeenCalledTimes(1);
    expect(await source.refresh()).toEqual(UNKNOWN_PRESENCE);
    source.current(0);
    expect(p.calls).toHaveLength(1);
  });

  it('survives a logger that throws', async () => {
    const time = fakeTime();
    const source = createCachedPresenceSource([probe('bad', () => Promise.reject(new Error('x')))], {
      switches: () => DEFAULT_PRESENCE_SWITCHES,
      log: () => {
        throw new Error('log closed');
      },
      now: time.now,
      timers: time.timers,
    });
    expect((await source.refresh()).inCall).toBeNull();
  });

  it("a watching probe's news reaches subscribers at once and makes the cached reading stale", async () => {
    let inCall = false;
    let tell: () => void = () => {};
    const watching: PresenceProbe & { calls: ProbeContext[] } = {
      ...probe('mic', () => Promise.resolve(mic(inCall))),
      watch: (onChange) => (tell = onChange),
    };
    const { source, time } = setup([watching]);
    await source.refresh();
    const heard = vi.fn();
    const unsubscribe = source.subscribe(heard);
    inCall = true;
    tell();
    expect(heard).toHaveBeenCalledTimes(1);
    time.advance(1_000); // far younger than maxAgeMs, yet the news makes it stale
    expect(source.current().inCall).toBe(false);
    await flush();
    expect(source.current().inCall).toBe(true);
    unsubscribe();
    tell();
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('a subscriber that throws is logged once and does not stop the others; nothing is told after dispose', () => {
    let tell: () => void = () => {};
    const watching: PresenceProbe = {
      ...probe('mic', () => Promise.resolve(mic(false))),
      watch: (onChange) => (tell = onChange),
    };
    const { source, log } = setup([watching]);
    const after = vi.fn();
    source.subscribe(() => {
      throw new Error('boom');
    });
    source.subscribe(after);
    tell();
    tell();
    expect(after).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenCalledTimes(1);
    source.dispose();
    tell();
    expect(after).toHaveBeenCalledTimes(2);
  });
});

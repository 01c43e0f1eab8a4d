import { describe, expect, it } from 'vitest';
import { createCachedPresenceSource } from '../../../../electron/presence/node/cached-source';
import { DEFAULT_PRESENCE_SWITCHES } from '../../../../electron/presence/common/combine';
import type { PresenceFinding, PresenceProbe, PresenceSwitches } from '../../../../electron/ports/presence';

const answering = (findings: PresenceFinding[], uses: PresenceProbe['uses']): PresenceProbe => ({
  name: `answers ${uses.join('+')}`,
  uses,
  read: () => Promise.resolve(findings),
});

function sourceOver(probes: PresenceProbe[], switches: PresenceSwitches = { ...DEFAULT_PRESENCE_SWITCHES }) {
  return createCachedPresenceSource(probes, { switches: () => switches, log: () => {}, timeoutMs: 50 });
}

describe('createCachedPresenceSource: findings()', () => {
  it('is empty before the first reading, then holds what each probe said, marked answered', async () => {
    const source = sourceOver([
      answering([{ via: 'camera', value: false, reason: null }], ['camera']),
      answering([{ via: 'fullscreen', value: null, reason: 'Wayland hides other windows' }], ['fullscreen']),
    ]);
    expect(source.findings()).toEqual([]);
    await source.refresh();
    expect(source.findings()).toEqual([
      { via: 'camera', value: false, reason: null, failed: false },
      { via: 'fullscreen', value: null, reason: 'Wayland hides other windows', failed: false },
    ]);
    source.dispose();
  });

  it('marks a failing or silent probe as failed, with its name and how it failed', async () => {
    const rejecting: PresenceProbe = { name: 'pactl', uses: ['microphone'], read: () => Promise.reject(new Error('Connection refused')) };
    const silent: PresenceProbe = { name: 'xprop', uses: ['fullscreen'], read: () => new Promise(() => {}) };
    const source = sourceOver([rejecting, silent]);
    await source.refresh();
    expect(source.findings()).toEqual([
      { via: 'microphone', value: null, reason: 'pactl: Connection refused', failed: true },
      { via: 'fullscreen', value: null, reason: 'xprop: no answer within 50 ms', failed: true },
    ]);
    source.dispose();
  });

  it('keeps only switches that were on, and no more than via, value and reason from a probe', async () => {
    const switches = { ...DEFAULT_PRESENCE_SWITCHES, camera: false };
    const chatty = { via: 'dnd', value: true, reason: 'quiet hours', secret: '/home/user/.config' } as PresenceFinding;
    const source = sourceOver(
      [answering([{ via: 'camera', value: true, reason: 'zoom' }], ['camera']), answering([chatty], ['dnd'])],
      switches,
    );
    await source.refresh();
    expect(source.findings()).toEqual([{ via: 'dnd', value: true, reason: 'quiet hours', failed: false }]);
    switches.camera = true;
    await source.refresh();
    expect(source.findings().map((f) => f.via)).toEqual(['camera', 'dnd']);
    source.dispose();
  });

  it('cannot be changed by whoever reads it', async () => {
    const source = sourceOver([answering([{ via: 'camera', value: false, reason: null }], ['camera'])]);
    await source.refresh();
    const seen = source.findings() as unknown as Array<{ value: unknown }>;
    expect(() => seen.push({ value: 1 })).toThrow();
    expect(() => (seen[0]!.value = true)).toThrow();
    source.dispose();
  });
});

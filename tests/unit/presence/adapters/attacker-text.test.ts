// Other programs' text reaches the Settings card and the log only as one plain, bounded line
// (issue 26): an audio client named with a newline, a terminal escape and a right-to-left
// override; a window class of a megabyte; a helper whose complaint forges a second log line.
import { describe, expect, it } from 'vitest';
import { createCachedPresenceSource } from '../../../../electron/presence/node/cached-source';
import { DEFAULT_PRESENCE_SWITCHES } from '../../../../electron/presence/common/combine';
import { MAX_REASON_CHARS, plainText } from '../../../../electron/presence/common/plain-text';
import type { PresenceProbe } from '../../../../electron/ports/presence';
import { linuxMicrophoneProbe } from '../../../../electron/presence/adapters/linux-microphone';
import { ok, scripted } from './scripted-runner';

const HOSTILE = 'zoom\n2026-12-07 presence: all clear\u001b[2J\u202eevil\u0000';

describe('text from other programs', () => {
  it('becomes one plain line without controls, overrides or zero-width characters', () => {
    expect(plainText(HOSTILE)).toBe('zoom 2026-12-07 presence: all clear [2J evil');
    expect(plainText('a\u200bb\u2028c\ufeff')).toBe('a b c');
    expect(plainText('x'.repeat(1_000_000))).toHaveLength(MAX_REASON_CHARS);
  });

  it("an audio client's name with a newline reaches the reading as one plain line", async () => {
    const block = [
      'Source Output #7',
      '\tSource: 1',
      '\tSample Specification: s16le 1ch 48000Hz',
      '\tCorked: no',
      '\tProperties:',
      `\t\tapplication.name = "${HOSTILE}"`,
    ].join('\n');
    const { run } = scripted({
      'pactl list source-outputs': ok(block),
      'pactl list short sources': ok('1\tmic\tmodule\ts16le 1ch 48000Hz\tRUNNING\n'),
      'pactl list short source-outputs': ok('7\t1\t3\tprotocol-native.c\ts16le 1ch 48000Hz\n'),
    });
    const source = createCachedPresenceSource([linuxMicrophoneProbe({ env: {}, run, own: { pids: [], names: [] } })], {
      switches: () => DEFAULT_PRESENCE_SWITCHES,
      log: () => {},
    });
    const reading = await source.refresh();
    const reasons = JSON.stringify(reading);
    expect(reasons).toContain('microphone in use by zoom 2026-12-07 presence: all clear [2J evil');
    expect(reasons).not.toMatch(/\\n|\\u001b|\u202e|\\u0000/);
    source.dispose();
  });

  it('a failing probe whose complaint forges a log line is logged as one line, bounded', async () => {
    const logged: string[] = [];
    const probe: PresenceProbe = {
      name: 'window class',
      uses: ['fullscreen'],
      read: () => Promise.reject(new Error(`${HOSTILE}${'x'.repeat(100_000)}`)),
    };
    const source = createCachedPresenceSource([probe], { switches: () => DEFAULT_PRESENCE_SWITCHES, log: (m) => logged.push(m) });
    await source.refresh();
    expect(logged).toHaveLength(1);
    for (const unsafe of ['\n', '\u001b', '\u202e', '\u0000']) expect(logged[0]).not.toContain(unsafe);
    expect(logged[0]!.length).toBeLessThan(MAX_REASON_CHARS + 120);
    source.dispose();
  });
});

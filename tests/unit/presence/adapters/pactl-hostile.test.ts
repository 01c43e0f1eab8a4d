// The audit's hostile audio-client inputs. Any PulseAudio or PipeWire client (a Flatpak app with
// the sound permission included) sets its own stream properties, and `pactl` prints them raw:
// newlines, forged "Source Output" blocks, megabytes. None of it may freeze main, grow its memory
// or hold reminders. Timing figures for these inputs are printed by `npm run bench` (presence);
// the bound here is only a liveness check, far above the linear parser's time and far below the
// seconds the old multi-line regular expressions took (2.7 s for one 64 KiB run, 11.6 s for four).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineSplitter, MAX_LINE_CHARS } from '../../../../electron/presence/adapters/helper-process';
import { linuxMicrophoneProbe } from '../../../../electron/presence/adapters/linux-microphone';
import {
  MAX_PROPERTY_CHARS,
  microphoneStreams,
  parseShortSourceOutputs,
  parseShortSources,
  parseSourceOutputs,
  trustStreams,
} from '../../../../electron/presence/adapters/pulse-streams';
import { DEFAULT_PRESENCE_SWITCHES } from '../../../../electron/presence/common/combine';
import { ok, scripted } from './scripted-runner';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const nobody = { pids: [], names: [] };
const RUN = '\n'.repeat(64 * 1024);

/** One block as pactl prints it, with the given raw property lines. */
const block = (index: number, corked: boolean, rate: number, properties: string[]) =>
  [
    `Source Output #${index}`,
    '\tDriver: protocol-native.c',
    '\tOwner Module: 10',
    `\tClient: ${index + 10}`,
    '\tSource: 1',
    `\tSample Specification: s16le 1ch ${rate}Hz`,
    '\tChannel Map: mono',
    `\tCorked: ${corked ? 'yes' : 'no'}`,
    '\tMute: no',
    '\tVolume: mono: 65536 / 100% / 0.00 dB',
    '\t        balance 0.00',
    '\tProperties:',
    ...properties.map((p) => `\t\t${p}`),
  ].join('\n');

describe('pactl output from hostile clients', () => {
  it('reads four 64 KiB newline runs in property values in one linear pass, each value capped', () => {
    const text = block(7, false, 48000, [
      `media.name = "${RUN}"`,
      `application.name = "${RUN}zoom"`,
      `media.role = "${RUN}"`,
      `application.icon_name = "${RUN}"`,
      'application.process.id = "4242"',
    ]);
    const started = performance.now();
    const [stream] = parseSourceOutputs(text);
    expect(performance.now() - started).toBeLessThan(2_000); // liveness only; figures in the bench
    expect(stream?.index).toBe(7);
    expect(stream?.corked).toBe(false);
    expect(stream?.rateHz).toBe(48000);
    expect(stream?.properties['application.process.id']).toBe('4242');
    for (const value of Object.values(stream?.properties ?? {}))
      expect(value.length).toBeLessThanOrEqual(MAX_PROPERTY_CHARS);
  });

  it('a block forged inside a silent stream’s value or key never counts as a call', async () => {
    const forged = (i: number) =>
      [
        `Source Output #${i}`,
        '\tSource: 1',
        '\tSample Specification: s16le 1ch 48000Hz',
        '\tCorked: no',
        '\tProperties:',
      ].join('\n');
    // In a value: read as part of the value, to its closing quote.
    const inValue = `media.name = "x\n\n${forged(8)}\n\t\tapplication.name = \\"zoom\\""`;
    // In a key (PulseAudio only asks keys to be ASCII): looks like a block; the short listing
    // does not confirm it.
    const inKey = `a = "b"\n\n${forged(9)}\n\t\tapplication.name = "zoom"`;
    const text = `${block(5, true, 48000, [inValue, 'application.name = "silent"'])}\n\n${block(6, true, 48000, [inKey])}\n`;
    const short = '5\t1\t15\tprotocol-native.c\ts16le 1ch 48000Hz\n6\t1\t16\tprotocol-native.c\ts16le 1ch 48000Hz\n';
    const sources = parseShortSources(fixture('pactl-short-sources.txt'));

    const listed = parseSourceOutputs(text);
    expect(listed.map((s) => [s.index, s.corked])).toEqual([
      [5, true],
      [6, true],
      [9, false],
    ]);
    expect(microphoneStreams(trustStreams(listed, parseShortSourceOutputs(short)), sources, nobody)).toEqual([]);

    const { run } = scripted({
      'pactl list source-outputs': ok(text),
      'pactl list short sources': ok(fixture('pactl-short-sources.txt')),
      'pactl list short source-outputs': ok(short),
    });
    const probe = linuxMicrophoneProbe({ env: {}, run, own: nobody });
    const read = await probe.read({ signal: new AbortController().signal, switches: { ...DEFAULT_PRESENCE_SWITCHES } });
    expect(read.map((f) => [f.via, f.value])).toEqual([['microphone', false]]);
  });

  it('a forged copy of a real stream’s index makes neither copy count', () => {
    const real = block(3, true, 48000, ['application.name = "quiet"']);
    const copy = `a = "b"\n\n${block(3, false, 48000, ['application.name = "zoom"'])}`;
    const listed = parseSourceOutputs(`${block(2, true, 48000, [copy])}\n\n${real}\n`);
    const trusted = trustStreams(
      listed,
      new Map([
        [2, 1],
        [3, 1],
      ]),
    );
    expect(microphoneStreams(trusted, new Map(), nobody)).toEqual([]);
  });

  it('the watcher line splitter drops a line longer than its cap and keeps the next one', () => {
    const lines: string[] = [];
    const splitter = lineSplitter((line) => lines.push(line));
    for (let i = 0; i < 40; i++) splitter.push('x'.repeat(64 * 1024)); // 2.5 MiB, no line break
    splitter.push("\nEvent 'new' on source-output #1\n");
    splitter.push('y'.repeat(MAX_LINE_CHARS + 1));
    splitter.flush();
    expect(lines).toEqual(["Event 'new' on source-output #1"]);
  });
});

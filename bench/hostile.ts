// Hostile inputs from the desktop (issue 26), timed where main would parse them. Each parser runs
// on main's thread, so its time is how long an IPC round trip waits behind it: the goal is the
// issue's 100 ms round trip.
// hostile_pactl_4x64k_newlines_ms: `pactl list source-outputs` with four properties of 64 KiB of
// newlines each (the audit's input; the old multi-line regular expressions took 11.6 s).
// hostile_pactl_4mib_newlines_ms: the largest output the command runner accepts (4 MiB), all
// newlines inside one value: the worst a client can make main parse per listing.
import { parseSourceOutputs } from '../electron/presence/adapters/pulse-streams';
import { atMost, type Figures } from './figure';
import { median } from './stats';

function timed(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const block = (properties: string[]) =>
  ['Source Output #7', '\tSource: 1', '\tSample Specification: s16le 1ch 48000Hz', '\tCorked: no', '\tProperties:']
    .concat(properties.map((p) => `\t\t${p}`))
    .join('\n');

export function benchHostile(): Figures {
  const run = '\n'.repeat(64 * 1024);
  const four = block(['a', 'b', 'c', 'd'].map((k) => `${k}.name = "${run}"`));
  const huge = block([`media.name = "${'\n'.repeat(4 * 1024 * 1024 - 200)}"`]);
  return {
    hostile_pactl_4x64k_newlines_ms: atMost(
      timed(9, () => parseSourceOutputs(four)),
      100,
      'ms',
    ),
    hostile_pactl_4mib_newlines_ms: atMost(
      timed(5, () => parseSourceOutputs(huge)),
      100,
      'ms',
    ),
  };
}

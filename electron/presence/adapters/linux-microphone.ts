// Linux "microphone in use": the sound server's recording streams, through `pactl`.
//
// Watched, not polled: one `pactl subscribe` runs as long as Limber does and prints a line per
// event; when a recording stream appears, changes (corked, moved) or goes, the streams are listed
// again (`pactl list source-outputs`, one short process per burst of events), and read() answers
// from that list. In a quiet hour that is no process at all. When `pactl subscribe` cannot run (not
// installed, no sound server yet, died and waits to restart) read() lists the streams itself, as
// before. Why pactl and not something cheaper:
// - /proc/asound/card*/pcm*c/sub*/status ("state: RUNNING") only sees ALSA hardware: a Bluetooth
//   headset's microphone never shows there, PipeWire may keep a capture device open while nothing
//   records, and it cannot tell a call from a level meter or name the app. Not robust enough.
// - The PulseAudio native protocol would avoid the process, but the npm clients for it are dormant
//   (@tmigone/pulseaudio: last release 2022, "node <17"; paclient 0.0.2) and a client of our own
//   would mean versioned binary parsing and cookie auth in the main process.
// - `pactl` ships with every PulseAudio and PipeWire desktop (pipewire-pulse speaks the same
//   protocol) and prints stable text in the C locale. The list of sources (to drop recordings of a
//   sink's monitor) is cached by index, which PulseAudio and PipeWire never reuse, so it is
//   fetched again only when a recording names a source we have not seen.
import type { Timers } from '../../ports/scheduler';
import type { PresenceFinding, PresenceProbe } from '../../ports/presence';
import { firstLine, runCommand, type CommandRunner } from './command';
import type { HelperSpawner } from './helper-process';
import {
  isRecordingEvent,
  microphoneStreams,
  parseShortSourceOutputs,
  parseShortSources,
  parseSourceOutputs,
  streamOwners,
  trustStreams,
  type OwnStreams,
  type SourceInfo,
} from './pulse-streams';
import { watchingProbe } from './watching-probe';
import { t } from '../../i18n/common/translate';
import { failureWords } from '../../base/common/os-failure';

export interface LinuxMicrophoneOptions {
  env: NodeJS.ProcessEnv;
  run?: CommandRunner;
  /** Starts the long-lived `pactl subscribe`. */
  spawn?: HelperSpawner;
  timers?: Timers;
  own?: OwnStreams;
}

export function linuxMicrophoneProbe({
  env,
  run = runCommand,
  spawn,
  timers,
  own,
}: LinuxMicrophoneOptions): PresenceProbe {
  const self: OwnStreams = own ?? { pids: [process.pid], names: ['limber'] };
  let sources = new Map<number, SourceInfo>();

  const pactl = async (args: string[], signal: AbortSignal): Promise<string> => {
    const out = await run('pactl', args, { env, signal });
    if (out.code !== 0) {
      const said = firstLine(out.stderr) || t('main.presence.reason.exitCodeOf', { code: String(out.code) });
      // "Connection failure: Connection refused" when no sound server runs for this user. The
      // Settings card shows this line in the person's words; pactl's own go to the log.
      const detail = failureWords(`pactl ${args.join(' ')}`, said, 'ownWords');
      throw new Error(/^Connection failure/i.test(said) ? t('main.presence.reason.noSoundServer', { detail }) : t('main.presence.reason.couldNotRun', { program: 'pactl', detail }));
    }
    return out.stdout;
  };

  const listStreams = async (signal: AbortSignal): Promise<PresenceFinding[]> => {
    const listed = parseSourceOutputs(await pactl(['list', 'source-outputs'], signal));
    if (listed.some((s) => !sources.has(s.source)))
      sources = parseShortSources(await pactl(['list', 'short', 'sources'], signal));
    let live = microphoneStreams(listed, sources, self);
    // Only when something would count: the short listing confirms each block (see trustStreams).
    if (live.length > 0) {
      const confirmed = parseShortSourceOutputs(await pactl(['list', 'short', 'source-outputs'], signal));
      live = microphoneStreams(trustStreams(listed, confirmed), sources, self);
    }
    return [
      {
        via: 'microphone',
        value: live.length > 0,
        reason: live.length > 0 ? t('main.presence.reason.inUseBy', { device: 'microphone', apps: streamOwners(live) }) : null,
      },
    ];
  };

  return watchingProbe({
    name: 'PulseAudio/PipeWire recording streams',
    label: () => t('main.presence.probe.microphone'),
    uses: ['microphone'],
    env,
    watcher: { file: 'pactl', args: ['subscribe'] },
    interpret: (line) => (isRecordingEvent(line) ? 'changed' : null),
    fetch: listStreams,
    spawn,
    timers,
  });
}

// Pure parsing of `pactl` output (C locale) and the rule for which recording streams mean "the
// microphone is in use". Kept apart from the probe so recorded outputs can be replayed in tests.

export interface RecordingStream {
  index: number;
  /** Index of the source (device) it records from. */
  source: number;
  corked: boolean;
  /** Sample rate in Hz, or null when pactl did not print one. */
  rateHz: number | null;
  properties: Record<string, string>;
}

export interface SourceInfo {
  name: string;
  /** A sink's monitor ("…monitor"): it carries what the machine plays, not what the microphone hears. */
  monitor: boolean;
}

/** `pactl list source-outputs` → one entry per "Source Output #N" block. */
export function parseSourceOutputs(text: string): RecordingStream[] {
  const streams: RecordingStream[] = [];
  for (const block of text.split(/^(?=Source Output #\d+)/m)) {
    const header = /^Source Output #(\d+)/.exec(block);
    if (!header) continue;
    const field = (name: string): string | undefined =>
      new RegExp(`^\\s*${name}:[ \\t]*(.*)$`, 'm').exec(block)?.[1]?.trim();
    const properties: Record<string, string> = {};
    for (const m of block.matchAll(/^\s+([\w.-]+) = "(.*)"\s*$/gm))
      properties[m[1] ?? ''] = (m[2] ?? '').replace(/\\"/g, '"');
    const rate = /(\d+)\s*Hz/.exec(field('Sample Specification') ?? '')?.[1];
    streams.push({
      index: Number(header[1]),
      source: Number(field('Source') ?? NaN),
      corked: field('Corked') === 'yes',
      rateHz: rate === undefined ? null : Number(rate),
      properties,
    });
  }
  return streams;
}

/** `pactl list short sources` ("index<TAB>name<TAB>driver<TAB>spec<TAB>state") → index → source. */
export function parseShortSources(text: string): Map<number, SourceInfo> {
  const sources = new Map<number, SourceInfo>();
  for (const line of text.split('\n')) {
    const [index, name] = line.split('\t');
    if (!index || !name || !/^\d+$/.test(index)) continue;
    sources.set(Number(index), { name, monitor: name.endsWith('.monitor') });
  }
  return sources;
}

/** Who Limber itself is, so its own streams never count as a call. */
export interface OwnStreams {
  pids: readonly number[];
  /** application.name values, compared case-insensitively. */
  names: readonly string[];
}

/**
 * Peak meters (pavucontrol, GNOME Settings' input level) record at a few dozen Hz with
 * PA_STREAM_PEAK_DETECT; a call records speech at 8 kHz or more.
 */
const PEAK_METER_MAX_HZ = 1_000;

/** The streams that mean someone is using a microphone, with the unknown-source ones included. */
export function microphoneStreams(
  streams: readonly RecordingStream[],
  sources: ReadonlyMap<number, SourceInfo>,
  own: OwnStreams,
): RecordingStream[] {
  const ownNames = new Set(own.names.map((n) => n.toLowerCase()));
  return streams.filter((s) => {
    if (s.corked) return false;
    if (s.properties['media.name'] === 'Peak detect' || (s.rateHz !== null && s.rateHz < PEAK_METER_MAX_HZ))
      return false;
    if (sources.get(s.source)?.monitor) return false;
    const pid = Number(s.properties['application.process.id']);
    if (own.pids.includes(pid)) return false;
    return !ownNames.has((s.properties['application.name'] ?? '').toLowerCase());
  });
}

/** "zoom, Firefox" for the reason text. */
export function streamOwners(streams: readonly RecordingStream[]): string {
  const names = streams.map(
    (s) => s.properties['application.name'] ?? s.properties['application.process.binary'] ?? `stream #${s.index}`,
  );
  return [...new Set(names)].join(', ');
}

/**
 * One line of `pactl subscribe` ("Event 'new' on source-output #7") → may the recording streams
 * have changed? A stream appears, is corked or moved, or goes; or the server itself changed.
 * Events on clients, sinks and sources say nothing about who records.
 */
export function isRecordingEvent(line: string): boolean {
  return /^Event '(new|change|remove)' on (source-output|server)(?: #\d+)?$/.test(line.trim());
}

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
  /** Not confirmed by the short listing (see trustStreams): never counted as a call. */
  untrusted?: boolean;
}

export interface SourceInfo {
  name: string;
  /** A sink's monitor ("…monitor"): it carries what the machine plays, not what the microphone hears. */
  monitor: boolean;
}

/**
 * The longest property value kept, in characters. A client sets its own properties (a Flatpak app
 * with the sound permission can write megabytes into media.name); the rest is read past, not kept.
 */
export const MAX_PROPERTY_CHARS = 1_024;

/** Property keys real clients use ("application.process.id"); anything else is a forged or damaged line. */
const PROPERTY_LINE = /^\t\t([\w.-]{1,128}) = (.?)/;
const FIELD_LINE = /^\t([A-Za-z][A-Za-z ]{0,40}):[ \t]?/;
const HEADER_LINE = /^Source Output #(\d{1,10})$/;

/**
 * Reads the quoted value that starts at `from`: pactl escapes `\` and `"` inside values
 * (pa_escape), so the first `"` after an even run of backslashes closes it, whatever lines lie
 * between. Jumps from quote to quote (each backslash run is counted once), keeps at most
 * MAX_PROPERTY_CHARS. Returns the value and where the closing quote is (text.length if none).
 */
function readQuoted(text: string, from: number): { value: string; close: number } {
  let at = from;
  let close = -1;
  while (close < 0) {
    const quote = text.indexOf('"', at);
    if (quote < 0) break;
    let slashes = 0;
    while (quote - slashes - 1 >= from && text[quote - slashes - 1] === '\\') slashes++;
    if (slashes % 2 === 0) close = quote;
    else at = quote + 1;
  }
  if (close < 0) close = text.length;
  const raw = text.slice(from, Math.min(close, from + 2 * MAX_PROPERTY_CHARS));
  return { value: raw.replace(/\\(.)/gs, '$1').slice(0, MAX_PROPERTY_CHARS), close };
}

/**
 * `pactl list source-outputs` → one entry per "Source Output #N" block. One pass, no regular
 * expression spanning lines (the old multi-line ones took seconds on a run of newlines): pactl
 * prints a property value's newlines raw, so a client can put any text, a forged block included,
 * inside a value; a value is read to its closing quote, whatever lines it spans. A key may carry a
 * newline too (PulseAudio only asks keys to be ASCII), so a block can still be forged there:
 * `trustStreams` checks every block against the short listing, which prints no client text.
 */
export function parseSourceOutputs(text: string): RecordingStream[] {
  const streams: RecordingStream[] = [];
  let current: RecordingStream | null = null;
  let inProperties = false;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const lineStart = start;
    start = end + 1;
    const header = HEADER_LINE.exec(line);
    if (header) {
      current = { index: Number(header[1]), source: NaN, corked: false, rateHz: null, properties: {} };
      streams.push(current);
      inProperties = false;
      continue;
    }
    if (!current || line === '') continue;
    if (inProperties) {
      const property = PROPERTY_LINE.exec(line);
      if (!property) continue;
      const key = property[1] as string;
      if (property[2] === '"') {
        const read = readQuoted(text, lineStart + property[0].length);
        current.properties[key] = read.value;
        // Go on at the line after the closing quote.
        const next = text.indexOf('\n', read.close);
        start = next < 0 ? text.length + 1 : next + 1;
      } else
        current.properties[key] = line.slice(
          property[0].length - (property[2] ? 1 : 0),
          property[0].length + MAX_PROPERTY_CHARS,
        );
      continue;
    }
    const field = FIELD_LINE.exec(line);
    if (!field) continue; // "        balance 0.00" under Volume
    const value = line.slice(field[0].length, field[0].length + MAX_PROPERTY_CHARS).trim();
    if (field[1] === 'Properties') inProperties = true;
    else if (field[1] === 'Source') current.source = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    else if (field[1] === 'Corked') current.corked = value === 'yes';
    else if (field[1] === 'Sample Specification') {
      const rate = / (\d{1,9})Hz$/.exec(value)?.[1];
      current.rateHz = rate === undefined ? null : Number(rate);
    }
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

/** `pactl list short source-outputs` ("index<TAB>source<TAB>client<TAB>driver<TAB>spec") → index → source. */
export function parseShortSourceOutputs(text: string): Map<number, number> {
  const outputs = new Map<number, number>();
  for (const line of text.split('\n')) {
    const [index, source] = line.split('\t', 2);
    if (index && source && /^\d{1,10}$/.test(index) && /^\d{1,10}$/.test(source))
      outputs.set(Number(index), Number(source));
  }
  return outputs;
}

/**
 * Marks untrusted every block the short listing does not confirm: a block whose index the server
 * does not list, or lists with another source, was forged inside a client's property key; an
 * index that appears twice cannot be told from its forgery, so neither copy counts. The short
 * listing carries no text a client chose, so it cannot be forged the same way.
 */
export function trustStreams(
  streams: readonly RecordingStream[],
  short: ReadonlyMap<number, number>,
): RecordingStream[] {
  const seen = new Map<number, number>();
  for (const s of streams) seen.set(s.index, (seen.get(s.index) ?? 0) + 1);
  return streams.map((s) =>
    seen.get(s.index) === 1 && short.get(s.index) === s.source ? s : { ...s, untrusted: true },
  );
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
    if (s.corked || s.untrusted) return false;
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

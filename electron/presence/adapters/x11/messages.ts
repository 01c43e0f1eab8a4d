// What the server's messages say, decoded from little-endian bytes (X Window System Protocol,
// chapters 8 and 11): the setup reply (only the root window of our screen is kept), replies to
// InternAtom and GetProperty, errors, and the PropertyNotify event.

export interface SetupAccepted {
  ok: true;
  root: number;
}
export interface SetupRefused {
  ok: false;
  /** The server's own words ("Authorization required, but no authorization protocol specified"). */
  reason: string;
}

export type Packet =
  | { kind: 'reply'; sequence: number; bytes: Buffer }
  | { kind: 'error'; sequence: number; error: XErrorDetail }
  | { kind: 'event'; code: number; bytes: Buffer };

export interface XErrorDetail {
  code: number;
  /** "BadWindow"; "error 130" for an extension's code. */
  name: string;
  /** The resource id or value the server objected to. */
  badValue: number;
  majorOpcode: number;
}

export interface PropertyValue {
  /** The property's type atom; 0 (None) when the window has no such property. */
  type: number;
  format: 0 | 8 | 16 | 32;
  /** Bytes left unread past what was asked for. */
  bytesAfter: number;
  value: Buffer;
}

export interface PropertyNotify {
  window: number;
  atom: number;
  /** True when the property was deleted rather than changed. */
  deleted: boolean;
}

export const PROPERTY_NOTIFY = 28;

const ERROR_NAMES = [
  '',
  'BadRequest',
  'BadValue',
  'BadWindow',
  'BadPixmap',
  'BadAtom',
  'BadCursor',
  'BadFont',
  'BadMatch',
  'BadDrawable',
  'BadAccess',
  'BadAlloc',
  'BadColormap',
  'BadGContext',
  'BadIDChoice',
  'BadName',
  'BadLength',
  'BadImplementation',
];

/** Setup reply → our screen's root window, or the server's reason for turning us away. */
export function decodeSetupReply(bytes: Buffer, screen: number): SetupAccepted | SetupRefused {
  const status = bytes.readUInt8(0);
  if (status === 0) {
    // Failed: the reason's length is byte 1, the reason starts at byte 8.
    return { ok: false, reason: bytes.toString('latin1', 8, 8 + bytes.readUInt8(1)).trim() };
  }
  if (status === 2) {
    // Authenticate (further authentication needed): the reason fills the rest, zero-padded.
    return { ok: false, reason: bytes.toString('latin1', 8).replace(/\0+$/, '').trim() };
  }
  const vendorLength = bytes.readUInt16LE(24);
  const screens = bytes.readUInt8(28);
  const formats = bytes.readUInt8(29);
  if (screen >= screens) return { ok: false, reason: `the display has no screen ${screen} (it has ${screens})` };
  let at = 40 + vendorLength + ((4 - (vendorLength % 4)) % 4) + 8 * formats;
  for (let s = 0; s < screen; s++) at = skipScreen(bytes, at);
  return { ok: true, root: bytes.readUInt32LE(at) };
}

/** A SCREEN is 40 bytes, then its depths: 8 bytes each plus 24 per visual. */
function skipScreen(bytes: Buffer, at: number): number {
  const depths = bytes.readUInt8(at + 39);
  let next = at + 40;
  for (let d = 0; d < depths; d++) next += 8 + 24 * bytes.readUInt16LE(next + 2);
  return next;
}

/** One whole message (from PacketReader) → reply, error or event. */
export function decodePacket(bytes: Buffer): Packet {
  const first = bytes.readUInt8(0);
  if (first === 1) return { kind: 'reply', sequence: bytes.readUInt16LE(2), bytes };
  if (first === 0) {
    const code = bytes.readUInt8(1);
    return {
      kind: 'error',
      sequence: bytes.readUInt16LE(2),
      error: {
        code,
        name: ERROR_NAMES[code] || `error ${code}`,
        badValue: bytes.readUInt32LE(4),
        majorOpcode: bytes.readUInt8(10),
      },
    };
  }
  // The top bit only says another client sent it (SendEvent).
  return { kind: 'event', code: first & 0x7f, bytes };
}

export function decodeInternAtomReply(reply: Buffer): number {
  return reply.readUInt32LE(8);
}

export function decodeGetPropertyReply(reply: Buffer): PropertyValue {
  const format = reply.readUInt8(1);
  if (format !== 0 && format !== 8 && format !== 16 && format !== 32)
    throw new Error(`GetProperty reply has format ${format}, which X11 does not define`);
  const units = reply.readUInt32LE(16);
  return {
    type: reply.readUInt32LE(8),
    format,
    bytesAfter: reply.readUInt32LE(12),
    value: reply.subarray(32, 32 + units * (format / 8)),
  };
}

export function decodePropertyNotify(event: Buffer): PropertyNotify {
  return { window: event.readUInt32LE(4), atom: event.readUInt32LE(8), deleted: event.readUInt8(16) === 1 };
}

/** A format-32 value as numbers (atoms, window ids). */
export function cardinals(property: PropertyValue): number[] {
  if (property.format !== 32) return [];
  const out: number[] = [];
  for (let at = 0; at + 4 <= property.value.length; at += 4) out.push(property.value.readUInt32LE(at));
  return out;
}

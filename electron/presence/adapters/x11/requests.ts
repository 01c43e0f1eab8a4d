// The bytes of the few X11 core-protocol requests Limber sends, in the client's little-endian byte
// order ('l'). Every request is a 4-byte header (opcode, one data byte, length in 4-byte units)
// followed by its fields, padded to a multiple of 4 (X Window System Protocol, chapter 8).
import type { XAuth } from './xauthority';

export const OPCODE = Object.freeze({ ChangeWindowAttributes: 2, InternAtom: 16, GetProperty: 20 });
/** The CW bit that says "the value list holds an event mask". */
const CW_EVENT_MASK = 0x800;
export const PROPERTY_CHANGE_MASK = 0x400000;
export const NO_EVENT_MASK = 0;
/** GetProperty's "any type" (AnyPropertyType) and the property type "none" (no such property). */
export const ANY_PROPERTY_TYPE = 0;

const pad4 = (n: number): number => (4 - (n % 4)) % 4;

/** The connection setup the client opens with: byte order, protocol 11.0, and its credentials if any. */
export function encodeSetupRequest(auth: XAuth | null): Buffer {
  const name = Buffer.from(auth?.name ?? '', 'latin1');
  const data = auth?.data ?? Buffer.alloc(0);
  const out = Buffer.alloc(12 + name.length + pad4(name.length) + data.length + pad4(data.length));
  out.write('l', 0, 'latin1');
  out.writeUInt16LE(11, 2);
  out.writeUInt16LE(0, 4);
  out.writeUInt16LE(name.length, 6);
  out.writeUInt16LE(data.length, 8);
  name.copy(out, 12);
  data.copy(out, 12 + name.length + pad4(name.length));
  return out;
}

/** InternAtom: the atom for a name, created if no client has named it yet (as xprop does). */
export function encodeInternAtom(name: string): Buffer {
  const bytes = Buffer.from(name, 'latin1');
  const out = Buffer.alloc(8 + bytes.length + pad4(bytes.length));
  out.writeUInt8(OPCODE.InternAtom, 0);
  out.writeUInt8(0, 1); // only-if-exists: false
  out.writeUInt16LE(out.length / 4, 2);
  out.writeUInt16LE(bytes.length, 4);
  bytes.copy(out, 8);
  return out;
}

export interface GetPropertyRequest {
  window: number;
  property: number;
  type?: number;
  /** Where to start and how much to read, both in 4-byte units. */
  longOffset?: number;
  longLength: number;
}

export function encodeGetProperty(request: GetPropertyRequest): Buffer {
  const out = Buffer.alloc(24);
  out.writeUInt8(OPCODE.GetProperty, 0);
  out.writeUInt8(0, 1); // delete: false
  out.writeUInt16LE(6, 2);
  out.writeUInt32LE(request.window, 4);
  out.writeUInt32LE(request.property, 8);
  out.writeUInt32LE(request.type ?? ANY_PROPERTY_TYPE, 12);
  out.writeUInt32LE(request.longOffset ?? 0, 16);
  out.writeUInt32LE(request.longLength, 20);
  return out;
}

/** ChangeWindowAttributes with only the event mask: which events this client hears from the window. */
export function encodeSelectEvents(window: number, eventMask: number): Buffer {
  const out = Buffer.alloc(16);
  out.writeUInt8(OPCODE.ChangeWindowAttributes, 0);
  out.writeUInt16LE(4, 2);
  out.writeUInt32LE(window, 4);
  out.writeUInt32LE(CW_EVENT_MASK, 8);
  out.writeUInt32LE(eventMask, 12);
  return out;
}

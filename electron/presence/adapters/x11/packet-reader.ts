// Cuts the server's byte stream into whole messages. A socket read may end inside a message or hold
// several, so bytes wait here until a message is complete. The setup reply comes first (its length in
// 4-byte units at offset 6, after an 8-byte header); after it every message is 32 bytes, except a
// reply (first byte 1) and a generic event (code 35), which say at offset 4 how many 4-byte units follow.
//
// Every length is the server's word, so each is bounded: a message longer than anything Limber asks
// for is refused at once (the connection is dropped and a later reading connects again) instead of
// being waited for. One 32-byte packet announcing 4 GB used to stall the stream for good, with every
// later event buffered behind it.

const REPLY = 1;
const GENERIC_EVENT = 35;

/**
 * The largest reply or event accepted after setup. The largest Limber asks for is a GetProperty
 * of 1024 4-byte units (front-window-watch.ts): 32 + 4096 bytes.
 */
export const MAX_PACKET_BYTES = 64 * 1024;

/** The server announced a message no request of Limber's can have caused. */
export class X11LengthError extends Error {
  constructor(what: string, length: number, limit: number) {
    super(`the X server announced a ${what} of ${length} bytes (at most ${limit} are accepted)`);
    this.name = 'X11LengthError';
  }
}

export class PacketReader {
  private buffered: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
  }

  /** Bytes received and not yet taken (at most one message's worth plus the last read). */
  get pending(): number {
    return this.buffered.length;
  }

  /** The whole setup reply once it has arrived, else null. Its 16-bit length bounds it to 256 KiB. */
  takeSetup(): Buffer | null {
    if (this.buffered.length < 8) return null;
    return this.take(8 + 4 * this.buffered.readUInt16LE(6));
  }

  /** The next whole reply, error or event once it has arrived, else null. Throws X11LengthError on an impossible length. */
  takePacket(): Buffer | null {
    if (this.buffered.length < 32) return null;
    const first = this.buffered.readUInt8(0);
    const long = first === REPLY || (first & 0x7f) === GENERIC_EVENT;
    const length = long ? 32 + 4 * this.buffered.readUInt32LE(4) : 32;
    if (length > MAX_PACKET_BYTES) throw new X11LengthError('message', length, MAX_PACKET_BYTES);
    return this.take(length);
  }

  private take(length: number): Buffer | null {
    if (this.buffered.length < length) return null;
    const packet = this.buffered.subarray(0, length);
    this.buffered = this.buffered.subarray(length);
    return packet;
  }
}

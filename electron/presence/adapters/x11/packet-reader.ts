// Cuts the server's byte stream into whole messages. A socket read may end inside a message or hold
// several, so bytes wait here until a message is complete. The setup reply comes first (its length in
// 4-byte units at offset 6, after an 8-byte header); after it every message is 32 bytes, except a
// reply (first byte 1) and a generic event (code 35), which say at offset 4 how many 4-byte units follow.

const REPLY = 1;
const GENERIC_EVENT = 35;

export class PacketReader {
  private buffered: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
  }

  /** The whole setup reply once it has arrived, else null. */
  takeSetup(): Buffer | null {
    if (this.buffered.length < 8) return null;
    return this.take(8 + 4 * this.buffered.readUInt16LE(6));
  }

  /** The next whole reply, error or event once it has arrived, else null. */
  takePacket(): Buffer | null {
    if (this.buffered.length < 32) return null;
    const first = this.buffered.readUInt8(0);
    const long = first === REPLY || (first & 0x7f) === GENERIC_EVENT;
    return this.take(long ? 32 + 4 * this.buffered.readUInt32LE(4) : 32);
  }

  private take(length: number): Buffer | null {
    if (this.buffered.length < length) return null;
    const packet = this.buffered.subarray(0, length);
    this.buffered = this.buffered.subarray(length);
    return packet;
  }
}

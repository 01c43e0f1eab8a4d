// The X11 client's bytes against the protocol. The fixtures fixtures/x11-*.hex were recorded from a
// real Xvfb 21.1 (`Xvfb :79 -screen 0 640x480x24 -screen 1 320x240x16`, roots 0x8e9 and 0x8eb as
// xwininfo reports them): its setup reply, the reply to InternAtom _NET_WM_STATE_FULLSCREEN (0xed),
// the PropertyNotify for _NET_WM_STATE (0xef) changed on the root, the GetProperty reply holding
// [_NET_WM_STATE_ABOVE (0xee), _NET_WM_STATE_FULLSCREEN], and the BadWindow error for window 0x3fffff0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cardinals,
  decodeGetPropertyReply,
  decodeInternAtomReply,
  decodePacket,
  decodePropertyNotify,
  decodeSetupReply,
} from '../../../../electron/presence/adapters/x11/messages';
import { PacketReader } from '../../../../electron/presence/adapters/x11/packet-reader';
import {
  encodeGetProperty,
  encodeInternAtom,
  encodeSelectEvents,
  encodeSetupRequest,
  PROPERTY_CHANGE_MASK,
} from '../../../../electron/presence/adapters/x11/requests';

const fixture = (name: string) =>
  Buffer.from(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8').replace(/\s/g, ''), 'hex');
const hex = (text: string) => Buffer.from(text.replace(/\s/g, ''), 'hex');

const setupReply = fixture('x11-setup-reply-two-screens.hex');
const internAtomReply = fixture('x11-intern-atom-reply.hex');
const propertyNotify = fixture('x11-property-notify.hex');
const getPropertyReply = fixture('x11-get-property-reply.hex');
const badWindow = fixture('x11-bad-window-error.hex');

describe('X11 requests, little-endian', () => {
  it('opens with byte order, protocol 11.0 and the cookie, each part padded to 4 bytes', () => {
    expect(encodeSetupRequest(null)).toEqual(hex('6c00 0b00 0000 0000 0000 0000'));
    const cookie = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
    expect(encodeSetupRequest({ name: 'MIT-MAGIC-COOKIE-1', data: cookie })).toEqual(
      Buffer.concat([hex('6c00 0b00 0000 1200 1000 0000'), Buffer.from('MIT-MAGIC-COOKIE-1\0\0', 'latin1'), cookie]),
    );
  });

  it('encodes InternAtom, GetProperty and an event mask as the protocol lays them out', () => {
    expect(encodeInternAtom('WM_NAME')).toEqual(hex('1000 0400 0700 0000 574d5f4e414d4500'));
    expect(encodeGetProperty({ window: 0x8e9, property: 0xef, longLength: 1024 })).toEqual(
      hex('1400 0600 e9080000 ef000000 00000000 00000000 00040000'),
    );
    expect(encodeSelectEvents(0x1c00007, PROPERTY_CHANGE_MASK)).toEqual(hex('0200 0400 0700c001 00080000 00004000'));
  });
});

describe('X11 replies, events and errors from a real server', () => {
  it('finds the root window of the screen DISPLAY names, past the other screens', () => {
    expect(decodeSetupReply(setupReply, 0)).toEqual({ ok: true, root: 0x8e9 });
    expect(decodeSetupReply(setupReply, 1)).toEqual({ ok: true, root: 0x8eb });
    expect(decodeSetupReply(setupReply, 2)).toEqual({ ok: false, reason: 'the display has no screen 2 (it has 2)' });
  });

  it('reads the server’s reason when it refuses the connection', () => {
    const reason = 'Authorization required, but no authorization protocol specified\n';
    const failed = Buffer.alloc(8 + 68);
    failed.writeUInt8(0, 0);
    failed.writeUInt8(reason.length, 1);
    failed.writeUInt16LE(11, 2);
    failed.writeUInt16LE(68 / 4, 6);
    failed.write(reason, 8, 'latin1');
    expect(decodeSetupReply(failed, 0)).toEqual({ ok: false, reason: reason.trim() });
    const authenticate = Buffer.concat([hex('0200 0000 0000 0300'), Buffer.from('more please\0', 'latin1')]);
    expect(decodeSetupReply(authenticate, 0)).toEqual({ ok: false, reason: 'more please' });
  });

  it('decodes an InternAtom reply', () => {
    const packet = decodePacket(internAtomReply);
    expect(packet).toMatchObject({ kind: 'reply', sequence: 1 });
    expect(decodeInternAtomReply(internAtomReply)).toBe(0xed);
  });

  it('decodes a GetProperty reply with its list of atoms', () => {
    expect(decodePacket(getPropertyReply)).toMatchObject({ kind: 'reply', sequence: 6 });
    const property = decodeGetPropertyReply(getPropertyReply);
    expect(property).toMatchObject({ type: 4, format: 32, bytesAfter: 0 });
    expect(cardinals(property)).toEqual([0xee, 0xed]);
    const none = decodeGetPropertyReply(hex('0100 0700 00000000' + '00'.repeat(24)));
    expect(none).toEqual({ type: 0, format: 0, bytesAfter: 0, value: Buffer.alloc(0) });
    expect(cardinals(none)).toEqual([]);
  });

  it('decodes PropertyNotify, also when another client sent it (SendEvent bit)', () => {
    expect(decodePacket(propertyNotify)).toMatchObject({ kind: 'event', code: 28 });
    expect(decodePropertyNotify(propertyNotify)).toEqual({ window: 0x8e9, atom: 0xef, deleted: false });
    const sent = Buffer.from(propertyNotify);
    sent.writeUInt8(28 | 0x80, 0);
    sent.writeUInt8(1, 16);
    expect(decodePacket(sent)).toMatchObject({ kind: 'event', code: 28 });
    expect(decodePropertyNotify(sent).deleted).toBe(true);
  });

  it('decodes an error with its sequence number, name and bad value', () => {
    expect(decodePacket(badWindow)).toEqual({
      kind: 'error',
      sequence: 7,
      error: { code: 3, name: 'BadWindow', badValue: 0x3fffff0, majorOpcode: 20 },
    });
  });
});

describe('cutting the byte stream into messages', () => {
  it('waits for the rest of a setup reply that comes in pieces', () => {
    const reader = new PacketReader();
    reader.push(setupReply.subarray(0, 5));
    expect(reader.takeSetup()).toBeNull();
    reader.push(setupReply.subarray(5, 4000));
    expect(reader.takeSetup()).toBeNull();
    reader.push(Buffer.concat([setupReply.subarray(4000), propertyNotify]));
    expect(reader.takeSetup()).toEqual(setupReply);
    expect(reader.takePacket()).toEqual(propertyNotify);
  });

  it('joins a reply split across two chunks, inside its header and inside its value', () => {
    for (const cut of [3, 20, 35]) {
      const reader = new PacketReader();
      reader.push(getPropertyReply.subarray(0, cut));
      expect(reader.takePacket()).toBeNull();
      reader.push(getPropertyReply.subarray(cut));
      expect(reader.takePacket()).toEqual(getPropertyReply);
      expect(reader.takePacket()).toBeNull();
    }
  });

  it('separates messages that arrive in one chunk, and keeps a started one for later', () => {
    const reader = new PacketReader();
    reader.push(Buffer.concat([propertyNotify, getPropertyReply, badWindow, internAtomReply.subarray(0, 10)]));
    expect(reader.takePacket()).toEqual(propertyNotify);
    expect(reader.takePacket()).toEqual(getPropertyReply);
    expect(reader.takePacket()).toEqual(badWindow);
    expect(reader.takePacket()).toBeNull();
    reader.push(internAtomReply.subarray(10));
    expect(reader.takePacket()).toEqual(internAtomReply);
  });
});

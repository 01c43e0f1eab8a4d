// How an Xauthority entry names the connection we made, as libxcb decides it: a local socket, or TCP
// to this very machine (127.0.0.0/8, ::1), is FamilyLocal with our host name; TCP elsewhere is the
// server's IPv4 or IPv6 address bytes (an IPv4-mapped IPv6 address counts as IPv4).
import { isIPv4, isIPv6 } from 'node:net';
import { FAMILY_INTERNET, FAMILY_INTERNET6, FAMILY_LOCAL, type AuthAddress } from './xauthority';

/** remoteAddress: the TCP peer's address, or undefined for a unix socket. */
export function authAddressFor(
  remoteAddress: string | undefined,
  displayNumber: number,
  hostname: string,
): AuthAddress {
  const local: AuthAddress = { family: FAMILY_LOCAL, address: Buffer.from(hostname, 'latin1'), displayNumber };
  if (remoteAddress === undefined) return local;
  const v4 = remoteAddress.replace(/^::ffff:/i, '');
  if (isIPv4(v4)) {
    const bytes = Buffer.from(v4.split('.').map(Number));
    return bytes[0] === 127 ? local : { family: FAMILY_INTERNET, address: bytes, displayNumber };
  }
  if (!isIPv6(remoteAddress)) return local;
  const bytes = ipv6Bytes(remoteAddress);
  const loopback = bytes.subarray(0, 15).every((b) => b === 0) && bytes[15] === 1;
  return loopback ? local : { family: FAMILY_INTERNET6, address: bytes, displayNumber };
}

/** "fe80::1" → its 16 bytes (zone index dropped). */
function ipv6Bytes(address: string): Buffer {
  const [head = '', tail] = address.replace(/%.*$/, '').split('::');
  const groups = (part: string | undefined) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const before = groups(head);
  const after = groups(tail);
  const all = [...before, ...Array<number>(8 - before.length - after.length).fill(0), ...after];
  const out = Buffer.alloc(16);
  all.forEach((group, i) => out.writeUInt16BE(group, i * 2));
  return out;
}

// Finding the X server and the cookie for it. fixtures/xauthority.hex was written by xauth 1.1:
//   xauth -f xa add limberhost/unix:5 . 00112233445566778899aabbccddeeff
//   xauth -f xa add 192.168.1.7:3 . ffeeddccbbaa99887766554433221100
//   xauth -f xa add limberhost/unix:7 . 0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f
//   echo "ffff 0000 0001 39 0012 4d49…31 0010 9999…" | xauth -f xa nmerge -   (a FamilyWild entry for :9)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { authAddressFor } from '../../../../electron/presence/adapters/x11/auth-address';
import { parseDisplay } from '../../../../electron/presence/adapters/x11/display';
import {
  FAMILY_INTERNET,
  FAMILY_INTERNET6,
  FAMILY_LOCAL,
  findCookie,
  parseXauthority,
  readCookie,
  xauthorityPath,
} from '../../../../electron/presence/adapters/x11/xauthority';

const file = Buffer.from(
  readFileSync(join(import.meta.dirname, 'fixtures', 'xauthority.hex'), 'utf8').replace(/\s/g, ''),
  'hex',
);
const entries = parseXauthority(file);
const cookieHex = (want: Parameters<typeof findCookie>[1]) => findCookie(entries, want)?.data.toString('hex') ?? null;
const local = (displayNumber: number, host = 'limberhost') => authAddressFor(undefined, displayNumber, host);

describe('DISPLAY', () => {
  it('names the local socket, a TCP port, or a socket path', () => {
    expect(parseDisplay(':0')).toEqual({ kind: 'unix', path: '/tmp/.X11-unix/X0', displayNumber: 0, screen: 0 });
    expect(parseDisplay('unix:12.1')).toEqual({
      kind: 'unix',
      path: '/tmp/.X11-unix/X12',
      displayNumber: 12,
      screen: 1,
    });
    expect(parseDisplay('localhost:10.0')).toEqual({
      kind: 'tcp',
      host: 'localhost',
      port: 6010,
      displayNumber: 10,
      screen: 0,
    });
    expect(parseDisplay('::1:2')).toMatchObject({ kind: 'tcp', host: '::1', port: 6002 });
    expect(parseDisplay('[fe80::1]:0')).toMatchObject({ kind: 'tcp', host: 'fe80::1', port: 6000 });
    expect(parseDisplay('/private/tmp/launchd-1/org.xquartz:0')).toMatchObject({
      kind: 'unix',
      path: '/private/tmp/launchd-1/org.xquartz:0',
    });
  });

  it('says what is wrong with one it cannot read', () => {
    expect(() => parseDisplay('')).toThrow('DISPLAY "" is not of the form [host]:display[.screen]');
    expect(() => parseDisplay(':x')).toThrow('is not of the form');
  });
});

describe('Xauthority file', () => {
  it('reads every entry as xauth wrote it', () => {
    expect(entries.map((e) => [e.family, e.address.toString('hex'), e.number, e.name])).toEqual([
      [FAMILY_LOCAL, Buffer.from('limberhost').toString('hex'), '5', 'MIT-MAGIC-COOKIE-1'],
      [FAMILY_INTERNET, 'c0a80107', '3', 'MIT-MAGIC-COOKIE-1'],
      [FAMILY_LOCAL, Buffer.from('limberhost').toString('hex'), '7', 'MIT-MAGIC-COOKIE-1'],
      [65535, '', '9', 'MIT-MAGIC-COOKIE-1'],
    ]);
  });

  it('leaves out a last entry cut short (a file being written)', () => {
    expect(parseXauthority(file.subarray(0, file.length - 3))).toHaveLength(3);
    expect(parseXauthority(Buffer.alloc(0))).toEqual([]);
  });

  it('matches host, family and display number the way libXau does', () => {
    expect(cookieHex(local(5))).toBe('00112233445566778899aabbccddeeff');
    expect(cookieHex(local(7))).toBe('0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f');
    expect(cookieHex(local(5, 'otherhost'))).toBeNull();
    expect(cookieHex(local(6))).toBeNull();
    expect(cookieHex(authAddressFor('192.168.1.7', 3, 'limberhost'))).toBe('ffeeddccbbaa99887766554433221100');
    expect(cookieHex(authAddressFor('::ffff:192.168.1.7', 3, 'limberhost'))).toBe('ffeeddccbbaa99887766554433221100');
    expect(cookieHex(authAddressFor('192.168.1.8', 3, 'limberhost'))).toBeNull();
    // FamilyWild matches any address, still only for its display.
    expect(cookieHex(local(9, 'anyhost'))).toBe('99'.repeat(16));
    expect(cookieHex(authAddressFor('10.1.2.3', 9, 'limberhost'))).toBe('99'.repeat(16));
  });

  it('lets an entry without a display number serve every display, and skips other auth schemes', () => {
    const entry = (number: string, name: string, data: string) => {
      const parts = [Buffer.from('limberhost'), Buffer.from(number), Buffer.from(name), Buffer.from(data, 'hex')];
      const family = Buffer.from([0x01, 0x00]);
      return Buffer.concat([family, ...parts.flatMap((p) => [Buffer.from([p.length >> 8, p.length & 0xff]), p])]);
    };
    const mixed = parseXauthority(
      Buffer.concat([entry('4', 'XDM-AUTHORIZATION-1', 'aa'), entry('', 'MIT-MAGIC-COOKIE-1', 'bb')]),
    );
    expect(findCookie(mixed, local(4))?.data.toString('hex')).toBe('bb');
    expect(findCookie(mixed, local(42))?.data.toString('hex')).toBe('bb');
  });
});

describe('which address an entry must name', () => {
  it('is our host name for a local socket and for TCP to this machine', () => {
    for (const remote of [undefined, '127.0.0.1', '127.0.1.1', '::1', '::ffff:127.0.0.1'])
      expect(authAddressFor(remote, 10, 'limberhost')).toEqual({
        family: FAMILY_LOCAL,
        address: Buffer.from('limberhost'),
        displayNumber: 10,
      });
  });

  it('is the server’s address bytes for TCP elsewhere', () => {
    expect(authAddressFor('10.0.0.7', 1, 'h')).toEqual({
      family: FAMILY_INTERNET,
      address: Buffer.from([10, 0, 0, 7]),
      displayNumber: 1,
    });
    expect(authAddressFor('fe80::a:1', 1, 'h')).toEqual({
      family: FAMILY_INTERNET6,
      address: Buffer.from('fe80' + '0000'.repeat(5) + '000a' + '0001', 'hex'),
      displayNumber: 1,
    });
  });
});

describe('reading the cookie from the environment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'limber-xauth-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads XAUTHORITY, else ~/.Xauthority, and goes on without a cookie when there is no file', async () => {
    writeFileSync(join(dir, '.Xauthority'), file);
    expect(xauthorityPath({ XAUTHORITY: '/run/user/1000/gdm/Xauthority', HOME: dir })).toBe(
      '/run/user/1000/gdm/Xauthority',
    );
    expect(xauthorityPath({ HOME: dir })).toBe(join(dir, '.Xauthority'));
    expect((await readCookie({ HOME: dir }, local(5)))?.data.toString('hex')).toBe('00112233445566778899aabbccddeeff');
    expect(await readCookie({ XAUTHORITY: join(dir, 'missing'), HOME: dir }, local(5))).toBeNull();
  });
});

// The cookie an X client shows the server: the MIT-MAGIC-COOKIE-1 entry of the Xauthority file
// (XAUTHORITY, else ~/.Xauthority) for this display, matched the way libXau's XauGetBestAuthByAddr
// does. The file is a list of entries, each five fields: a big-endian 16-bit family, then address,
// display number, auth name and auth data, each a big-endian 16-bit length followed by that many bytes.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Families an entry may name (Xauth.h); the others (DECnet, Kerberos…) never match a socket here. */
export const FAMILY_INTERNET = 0;
export const FAMILY_INTERNET6 = 6;
export const FAMILY_LOCAL = 256;
export const FAMILY_WILD = 65535;

export const MIT_MAGIC_COOKIE = 'MIT-MAGIC-COOKIE-1';

export interface XauthEntry {
  family: number;
  address: Buffer;
  /** The display number as written ("0"); empty matches every display. */
  number: string;
  name: string;
  data: Buffer;
}

/** Who we are to the server: a local socket is named by our host name, a remote one by its address bytes. */
export interface AuthAddress {
  family: number;
  address: Buffer;
  displayNumber: number;
}

export interface XAuth {
  name: string;
  data: Buffer;
}

/** Every whole entry of an Xauthority file; a truncated last entry (a file being written) is left out. */
export function parseXauthority(file: Buffer): XauthEntry[] {
  const entries: XauthEntry[] = [];
  let at = 0;
  const field = (): Buffer | null => {
    if (at + 2 > file.length) return null;
    const length = file.readUInt16BE(at);
    if (at + 2 + length > file.length) return null;
    const bytes = file.subarray(at + 2, at + 2 + length);
    at += 2 + length;
    return bytes;
  };
  while (at + 2 <= file.length) {
    const family = file.readUInt16BE(at);
    at += 2;
    const address = field();
    const number = field();
    const name = field();
    const data = field();
    if (!address || !number || !name || !data) break;
    entries.push({ family, address, number: number.toString('latin1'), name: name.toString('latin1'), data });
  }
  return entries;
}

/** The first MIT-MAGIC-COOKIE-1 entry for this address and display, or null. */
export function findCookie(entries: readonly XauthEntry[], want: AuthAddress): XAuth | null {
  const entry = entries.find(
    (e) =>
      e.name === MIT_MAGIC_COOKIE &&
      (e.family === FAMILY_WILD || (e.family === want.family && e.address.equals(want.address))) &&
      (e.number === '' || e.number === String(want.displayNumber)),
  );
  return entry ? { name: entry.name, data: entry.data } : null;
}

/** The Xauthority file this environment names. */
export function xauthorityPath(env: NodeJS.ProcessEnv): string | null {
  if (env.XAUTHORITY) return env.XAUTHORITY;
  const home = env.HOME || homedir();
  return home ? join(home, '.Xauthority') : null;
}

/** The cookie for this display, or null (no file, unreadable, or no entry): then we try without one. */
export async function readCookie(env: NodeJS.ProcessEnv, want: AuthAddress): Promise<XAuth | null> {
  const path = xauthorityPath(env);
  if (!path) return null;
  let file: Buffer;
  try {
    file = await readFile(path);
  } catch {
    return null; // Xvfb without -auth, or a desktop that uses host-based access: no cookie needed.
  }
  return findCookie(parseXauthority(file), want);
}

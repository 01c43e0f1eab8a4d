// Linux "camera in use": some process holds a /dev/video* device open. Read from the /proc/<pid>/fd
// symlinks of the processes we may read (our own user's; all of them as root); nothing is spawned.
// A device is opened only to stream or to ask it something, so an open fd is a fair sign of a call.
import { readFile, readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { PresenceFinding, PresenceProbe, ProbeContext } from '../core/presence/probe';

export interface DeviceHolder {
  pid: number;
  /** The process name from /proc/<pid>/comm ("zoom", "firefox"), or "pid N" when unreadable. */
  name: string;
  device: string;
}

export interface DeviceScanOptions {
  /** Where /proc is; tests point it at a made-up tree. */
  procRoot?: string;
  /** Which fd targets count; tests use a temp file path. */
  devicePattern?: RegExp;
}

export const VIDEO_DEVICE = /^\/dev\/video\d+$/;

async function targets(fdDir: string): Promise<string[]> {
  let fds: string[];
  try {
    fds = await readdir(fdDir);
  } catch {
    return []; // another user's process, or it just exited
  }
  const links = await Promise.all(fds.map((fd) => readlink(join(fdDir, fd)).catch(() => '')));
  return links.filter(Boolean);
}

/** Every process (we can see) holding a matching device open. */
export async function findDeviceHolders(signal: AbortSignal, options: DeviceScanOptions = {}): Promise<DeviceHolder[]> {
  const root = options.procRoot ?? '/proc';
  const pattern = options.devicePattern ?? VIDEO_DEVICE;
  const pids = (await readdir(root)).filter((entry) => /^\d+$/.test(entry));
  const holders: DeviceHolder[] = [];
  for (const pid of pids) {
    if (signal.aborted) throw new Error('the /proc scan was stopped');
    const device = (await targets(join(root, pid, 'fd'))).find((target) => pattern.test(target));
    if (device === undefined) continue;
    const name = (await readFile(join(root, pid, 'comm'), 'utf8').catch(() => '')).trim() || `pid ${pid}`;
    holders.push({ pid: Number(pid), name, device });
  }
  return holders;
}

export function linuxCameraProbe(options: DeviceScanOptions = {}): PresenceProbe {
  return {
    name: 'camera devices held open (/proc/*/fd)',
    uses: ['camera'],
    async read({ signal }: ProbeContext): Promise<PresenceFinding[]> {
      const holders = await findDeviceHolders(signal, options);
      const names = [...new Set(holders.map((h) => h.name))].join(', ');
      return [
        { via: 'camera', value: holders.length > 0, reason: holders.length ? `camera in use by ${names}` : null },
      ];
    },
  };
}

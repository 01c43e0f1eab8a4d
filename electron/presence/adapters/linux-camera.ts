// Linux "camera in use": some process holds a /dev/video* device open. Read from the /proc/<pid>/fd
// symlinks of the processes we may read (our own user's; all of them as root); nothing is spawned.
// A device is opened only to stream or to ask it something, so an open fd is a fair sign of a call.
import { readFile, readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { PresenceFinding, PresenceProbe, ProbeContext } from '../../ports/presence';
import { t } from '../../i18n/common/translate';

export interface DeviceHolder {
  pid: number;
  /** The process name from /proc/<pid>/comm ("zoom", "firefox"), or "pid N" when unreadable. */
  name: string;
  device: string;
}

export interface DeviceScanOptions {
  /** Where /proc is; tests point it at a made-up tree. */
  procRoot?: string;
  /** Where the devices are, and which of its entries count; tests use a temp dir. */
  deviceDir?: string;
  deviceName?: RegExp;
}

export const VIDEO_DEVICE = /^video\d+$/;
/** Processes read at once: enough to keep libuv's threads busy, few enough not to flood them. */
const BATCH = 16;

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

async function holderOf(root: string, pid: string, devices: ReadonlySet<string>): Promise<DeviceHolder | null> {
  const device = (await targets(join(root, pid, 'fd'))).find((target) => devices.has(target));
  if (device === undefined) return null;
  const name = (await readFile(join(root, pid, 'comm'), 'utf8').catch(() => '')).trim() || `pid ${pid}`;
  return { pid: Number(pid), name, device };
}

/**
 * Every process (we can see) holding one of the devices open. A machine without a camera device
 * costs one readdir of /dev; with one, every process's fd links are read, a batch at a time.
 */
export async function findDeviceHolders(signal: AbortSignal, options: DeviceScanOptions = {}): Promise<DeviceHolder[]> {
  const root = options.procRoot ?? '/proc';
  const dir = options.deviceDir ?? '/dev';
  const name = options.deviceName ?? VIDEO_DEVICE;
  const devices = new Set((await readdir(dir)).filter((entry) => name.test(entry)).map((entry) => join(dir, entry)));
  if (devices.size === 0) return [];
  const pids = (await readdir(root)).filter((entry) => /^\d+$/.test(entry));
  const holders: DeviceHolder[] = [];
  for (let i = 0; i < pids.length; i += BATCH) {
    if (signal.aborted) throw new Error(t('main.presence.reason.procScanStopped'));
    const batch = await Promise.all(pids.slice(i, i + BATCH).map((pid) => holderOf(root, pid, devices)));
    holders.push(...batch.filter((h): h is DeviceHolder => h !== null));
  }
  return holders;
}

export function linuxCameraProbe(options: DeviceScanOptions = {}): PresenceProbe {
  return {
    name: 'camera devices held open (/proc/*/fd)',
    label: () => t('main.presence.probe.camera'),
    uses: ['camera'],
    async read({ signal }: ProbeContext): Promise<PresenceFinding[]> {
      const holders = await findDeviceHolders(signal, options);
      const names = [...new Set(holders.map((h) => h.name))].join(', ');
      return [
        { via: 'camera', value: holders.length > 0, reason: holders.length ? t('main.presence.reason.inUseBy', { device: 'camera', apps: names }) : null },
      ];
    },
  };
}

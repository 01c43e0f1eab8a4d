// The /proc scanners against a made-up /proc tree: a camera held open, fds we may not read, a
// process that exits mid-scan, and names from comm.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PRESENCE_SWITCHES } from '../../../electron/core/presence/combine';
import { findDeviceHolders, linuxCameraProbe } from '../../../electron/presence/linux-camera';
import { linuxProcessNames, meetingAppsProbe } from '../../../electron/presence/meeting-apps';

let root: string;

function proc(pid: number, comm: string | null, fds: Record<string, string> | null): void {
  const dir = join(root, String(pid));
  mkdirSync(dir, { recursive: true });
  if (comm !== null) writeFileSync(join(dir, 'comm'), `${comm}\n`);
  if (fds === null) return; // like another user's process: no fd directory to read
  mkdirSync(join(dir, 'fd'));
  for (const [fd, target] of Object.entries(fds)) symlinkSync(target, join(dir, 'fd', fd));
}

const ctx = { signal: new AbortController().signal, switches: { ...DEFAULT_PRESENCE_SWITCHES, meetingApps: ['zoom'] } };

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'limber-proc-'));
  proc(1, 'systemd', null);
  proc(200, 'bash', { '0': '/dev/pts/0', '1': '/dev/pts/0' });
  proc(300, 'zoom', { '0': '/dev/null', '7': '/dev/video0', '8': 'socket:[1234]' });
  proc(301, 'obs', { '3': '/dev/video10' });
  proc(302, 'fake', { '3': '/dev/video0-not-a-device', '4': '/dev/videoX' });
  proc(303, null, { '5': '/dev/video2' }); // comm unreadable
  mkdirSync(join(root, 'self'));
  writeFileSync(join(root, 'uptime'), '1 1\n');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('camera scan over /proc/*/fd', () => {
  it('finds each process holding a /dev/video* device, and only those', async () => {
    const holders = await findDeviceHolders(new AbortController().signal, { procRoot: root });
    expect(holders.sort((a, b) => a.pid - b.pid)).toEqual([
      { pid: 300, name: 'zoom', device: '/dev/video0' },
      { pid: 301, name: 'obs', device: '/dev/video10' },
      { pid: 303, name: 'pid 303', device: '/dev/video2' },
    ]);
  });

  it('says who holds the camera, and false when nobody does', async () => {
    const probe = linuxCameraProbe({ procRoot: root });
    expect(await probe.read(ctx)).toEqual([
      { via: 'camera', value: true, reason: 'camera in use by zoom, obs, pid 303' },
    ]);
    for (const pid of [300, 301, 303]) rmSync(join(root, String(pid)), { recursive: true });
    expect(await probe.read(ctx)).toEqual([{ via: 'camera', value: false, reason: null }]);
  });

  it('stops when aborted, and fails clearly when there is no /proc', async () => {
    const stop = new AbortController();
    stop.abort();
    await expect(findDeviceHolders(stop.signal, { procRoot: root })).rejects.toThrow('stopped');
    await expect(findDeviceHolders(new AbortController().signal, { procRoot: join(root, 'missing') })).rejects.toThrow(
      /ENOENT/,
    );
  });
});

describe('process names from /proc/*/comm', () => {
  it('lists readable names and matches the meeting-app list', async () => {
    expect((await linuxProcessNames(root)).sort()).toEqual(['bash', 'fake', 'obs', 'systemd', 'zoom']);
    const probe = meetingAppsProbe({ platform: 'linux', env: {}, procRoot: root });
    expect(await probe.read(ctx)).toEqual([{ via: 'meetingApps', value: true, reason: 'meeting app running: zoom' }]);
  });
});

// The /proc scanners against a made-up /proc tree: a camera held open, fds we may not read, a
// process that exits mid-scan, and names from comm.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PRESENCE_SWITCHES } from '../../../../electron/presence/common/combine';
import { findDeviceHolders, linuxCameraProbe } from '../../../../electron/presence/adapters/linux-camera';
import { linuxProcessNames, meetingAppsProbe } from '../../../../electron/presence/adapters/meeting-apps';

let root: string;
const dev = (name: string) => join(root, 'dev', name);
const scanIn = () => ({ procRoot: root, deviceDir: join(root, 'dev') });

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
  for (const device of ['video0', 'video2', 'video10', 'video0-not-a-device', 'videoX', 'null']) {
    mkdirSync(join(root, 'dev'), { recursive: true });
    writeFileSync(join(root, 'dev', device), '');
  }
  proc(300, 'zoom', { '0': dev('null'), '7': dev('video0'), '8': 'socket:[1234]' });
  proc(301, 'obs', { '3': dev('video10') });
  proc(302, 'fake', { '3': dev('video0-not-a-device'), '4': dev('videoX'), '5': '/dev/video0' });
  proc(303, null, { '5': dev('video2') }); // comm unreadable
  for (let pid = 400; pid < 440; pid++) proc(pid, 'worker', { '0': dev('null') }); // more than one batch
  mkdirSync(join(root, 'self'));
  writeFileSync(join(root, 'uptime'), '1 1\n');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('camera scan over /proc/*/fd', () => {
  it('finds each process holding a /dev/video* device, and only those', async () => {
    const holders = await findDeviceHolders(new AbortController().signal, scanIn());
    expect(holders.sort((a, b) => a.pid - b.pid)).toEqual([
      { pid: 300, name: 'zoom', device: dev('video0') },
      { pid: 301, name: 'obs', device: dev('video10') },
      { pid: 303, name: 'pid 303', device: dev('video2') },
    ]);
  });

  it('says who holds the camera, and false when nobody does', async () => {
    const probe = linuxCameraProbe(scanIn());
    expect(await probe.read(ctx)).toEqual([
      { via: 'camera', value: true, reason: 'camera in use by zoom, obs, pid 303' },
    ]);
    for (const pid of [300, 301, 303]) rmSync(join(root, String(pid)), { recursive: true });
    expect(await probe.read(ctx)).toEqual([{ via: 'camera', value: false, reason: null }]);
  });

  it('stops when aborted, and fails clearly when there is no /proc', async () => {
    const stop = new AbortController();
    stop.abort();
    await expect(findDeviceHolders(stop.signal, scanIn())).rejects.toThrow('stopped');
    await expect(
      findDeviceHolders(new AbortController().signal, { ...scanIn(), procRoot: join(root, 'missing') }),
    ).rejects.toThrow(/ENOENT/);
  });

  it('does not read /proc at all on a machine without a camera device', async () => {
    for (const device of ['video0', 'video2', 'video10']) rmSync(dev(device));
    const noProc = { procRoot: join(root, 'missing'), deviceDir: join(root, 'dev') };
    expect(await findDeviceHolders(new AbortController().signal, noProc)).toEqual([]);
  });
});

describe('process names from /proc/*/comm', () => {
  it('lists readable names and matches the meeting-app list', async () => {
    expect([...new Set(await linuxProcessNames(root))].sort()).toEqual([
      'bash',
      'fake',
      'obs',
      'systemd',
      'worker',
      'zoom',
    ]);
    const probe = meetingAppsProbe({ platform: 'linux', env: {}, procRoot: root });
    expect(await probe.read(ctx)).toEqual([{ via: 'meetingApps', value: true, reason: 'meeting app running: zoom' }]);
  });
});

// The camera scan over the real /proc. A real /dev/video* needs v4l2loopback (a kernel module), so a
// real process (`sleep`) holds a temp file named like a device open instead, and the scan is pointed
// at that name: everything else — other processes' fd links, their comm, ones we may not read — is
// the machine's own.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDeviceHolders, linuxCameraProbe } from '../../electron/presence/adapters/linux-camera';
import { DEFAULT_PRESENCE_SWITCHES } from '../../electron/presence/common/combine';
import { ProcessGroup, requireBinaries, waitFor } from './desktop-session';

const group = new ProcessGroup();
process.once('exit', () => group.killSync());
let device: string;

const scan = () => findDeviceHolders(AbortSignal.timeout(10_000), { deviceDir: group.dir });

describe.runIf(process.platform === 'linux')('camera held open, seen in the real /proc', () => {
  beforeAll(() => {
    requireBinaries({ sh: 'dash', sleep: 'coreutils' }, 'The camera presence test');
    device = join(group.dir, 'video7');
    writeFileSync(device, '');
  });

  afterAll(() => group.stopAll());

  it('finds the process holding the device, by pid and name, and nobody once it exits', async () => {
    expect(await scan()).toEqual([]);
    // The shell opens the device as fd 3 and becomes `sleep`, which keeps it open as a call app
    // keeps its camera.
    const holder = group.spawn('holder', 'sh', ['-c', 'exec 3<"$1"; exec sleep 30', 'sh', device], {
      PATH: process.env.PATH,
    });
    const found = await waitFor('sleep to hold the device open', async () => {
      const holders = await scan();
      return holders.some((h) => h.name === 'sleep') ? holders : undefined;
    });
    expect(found).toEqual([{ pid: holder.child.pid, name: 'sleep', device }]);

    const probe = linuxCameraProbe({ deviceDir: group.dir });
    const ctx = { signal: AbortSignal.timeout(10_000), switches: { ...DEFAULT_PRESENCE_SWITCHES } };
    expect(await probe.read(ctx)).toEqual([{ via: 'camera', value: true, reason: 'camera in use by sleep' }]);

    const exited = new Promise((r) => holder.child.once('exit', r));
    holder.child.kill('SIGTERM');
    await exited;
    expect(await scan()).toEqual([]);
  });

  it('scans the whole real /proc for real video devices quickly', async () => {
    const started = performance.now();
    const holders = await findDeviceHolders(AbortSignal.timeout(10_000));
    expect(holders.every((h) => /^\/dev\/video\d+$/.test(h.device))).toBe(true);
    // …and over every process's fds, as on a machine with a camera (the temp dir holds "video7").
    await findDeviceHolders(AbortSignal.timeout(10_000), { deviceDir: group.dir });
    expect(performance.now() - started).toBeLessThan(1_500);
  });
});

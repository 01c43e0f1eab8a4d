// "Presenting" on a real X11 desktop: Xvfb, the openbox window manager (which keeps
// _NET_ACTIVE_WINDOW and _NET_WM_STATE as every EWMH window manager does), and an xmessage window
// that wmctrl makes full screen, as a slide show or a shared-screen call would. The probe's own X11
// client watches it: news within moments, readings from memory, and a dead server or a cookie-
// protected one (a display manager's Xvfb -auth) handled as on a real login.
import { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCachedPresenceSource } from '../../electron/presence/node/cached-source';
import type { PresenceSource } from '../../electron/ports/presence';
import type { PresenceProbe } from '../../electron/ports/presence';
import { choosePresenceProbes } from '../../electron/presence/adapters/choose';
import { linuxFullscreenProbe } from '../../electron/presence/adapters/linux-fullscreen';
import type { X11Connection } from '../../electron/presence/adapters/x11/connection';
import { openX11 } from '../../electron/presence/adapters/x11/open';
import { setFailureLog } from '../../electron/base/common/os-failure';
import { ProcessGroup, run, waitFor } from './desktop-session';
import { openWindow, startCookieX11, startWindowManager, startX11 } from './presence-desktop';

const TITLE = 'limber-slides';

const group = new ProcessGroup();
process.once('exit', () => group.killSync());
let env: NodeJS.ProcessEnv;
const log: string[] = [];

const FULLSCREEN_ONLY = { microphone: false, camera: false, fullscreen: true, dnd: false, meetingApps: [] };

function presenceOn(desktopEnv: NodeJS.ProcessEnv, probes = choosePresenceProbes('linux', desktopEnv)): PresenceSource {
  return createCachedPresenceSource(probes, {
    switches: () => FULLSCREEN_ONLY,
    log: (m) => log.push(m),
    timeoutMs: 5_000, // a loaded CI machine; the app keeps the 1.5 s default
  });
}

/** The _NET_WM_STATE atoms of our window, as the window manager set them. */
async function wmState(): Promise<string> {
  return (await run('xprop', ['-name', TITLE, '_NET_WM_STATE'], env)).stdout;
}

describe.runIf(process.platform === 'linux')('full-screen window in front, on a real X11 desktop', () => {
  let source: PresenceSource;

  beforeAll(async () => {
    env = await startX11(group, false);
    source = presenceOn(env);
  }, 20_000);

  afterAll(async () => {
    source?.dispose();
    await group.stopAll();
  });

  it('is unknown, and says why, while no window manager publishes the active window', async () => {
    const reading = await source.refresh();
    expect(reading.presenting).toBeNull();
    expect(reading.reason).toMatch(/does not publish the active window/);
  });

  it('is presenting while the window in front is full screen, and not once it leaves full screen', async () => {
    await startWindowManager(group, env);
    await openWindow(group, env, TITLE);
    // Other states (kept on top, as a meeting's mini window is) are not full screen.
    expect((await run('wmctrl', ['-r', TITLE, '-b', 'add,above'], env)).code).toBe(0);
    await waitFor('the window manager to keep it above', async () =>
      (await wmState()).includes('_NET_WM_STATE_ABOVE') ? true : undefined,
    );
    expect(await source.refresh()).toEqual({ inCall: null, presenting: false, dnd: null, reason: null });

    expect((await run('wmctrl', ['-r', TITLE, '-b', 'add,fullscreen'], env)).code).toBe(0);
    await waitFor('the window manager to make it full screen', async () =>
      (await wmState()).includes('_NET_WM_STATE_FULLSCREEN') ? true : undefined,
    );
    expect(await source.refresh()).toMatchObject({
      presenting: true,
      reason: 'full-screen window in front (Xmessage)',
    });

    expect((await run('wmctrl', ['-r', TITLE, '-b', 'remove,fullscreen'], env)).code).toBe(0);
    await waitFor('the window to leave full screen', async () =>
      (await wmState()).includes('_NET_WM_STATE_FULLSCREEN') ? undefined : true,
    );
    expect((await source.refresh()).presenting).toBe(false);
  });

  it('does not look on Wayland, and says why', async () => {
    const wayland = presenceOn({ ...env, WAYLAND_DISPLAY: 'wayland-0', XDG_SESSION_TYPE: 'wayland' });
    const reading = await wayland.refresh();
    wayland.dispose();
    expect(reading).toEqual({
      inCall: null,
      presenting: null,
      dnd: null,
      reason: 'on Wayland an app cannot see whether another window is full screen',
    });
    expect(log).toEqual([]);
  });
});

/** News heard this soon after the change was pushed, not found by a later reading (25 s). */
const PUSHED_MS = 10_000;

describe.runIf(process.platform === 'linux')('watching the window in front, on a real X11 desktop', () => {
  const desk = new ProcessGroup();
  process.once('exit', () => desk.killSync());
  let deskEnv: NodeJS.ProcessEnv;
  let source: PresenceSource;
  const connections: X11Connection[] = [];
  /** When the source heard news from the probe (performance.now()). */
  const heard: number[] = [];
  const wmctrl = async (...args: string[]) => expect((await run('wmctrl', args, deskEnv)).code).toBe(0);

  /**
   * Runs `act` (wmctrl, whose own start is not timed) and resolves how long after it the source
   * heard news. The news is pushed by the X server's events: without them, a reading is kept for
   * 25 s (DEFAULT_MAX_AGE_MS), so any figure well under that proves the push, even on a busy machine.
   */
  async function newsAfter(act: () => Promise<void>): Promise<number> {
    const count = heard.length;
    await act();
    const acted = performance.now();
    const at = await waitFor('the probe to announce the change', () => heard[count], 15_000);
    return Math.max(0, at - acted);
  }

  beforeAll(async () => {
    deskEnv = await startX11(desk);
    await openWindow(desk, deskEnv, 'limber-notes');
    await openWindow(desk, deskEnv, TITLE);
    const probe = linuxFullscreenProbe({
      env: deskEnv,
      open: async (e) => {
        const connection = await openX11(e);
        connections.push(connection);
        return connection;
      },
    });
    source = presenceOn(deskEnv, [probe]);
    source.subscribe(() => heard.push(performance.now()));
  }, 30_000);

  afterAll(async () => {
    source?.dispose();
    await desk.stopAll();
  });

  it('hears going full screen, leaving it and losing focus within moments', async () => {
    expect((await source.refresh()).presenting).toBe(false);
    expect(await newsAfter(() => wmctrl('-r', TITLE, '-b', 'add,fullscreen'))).toBeLessThan(PUSHED_MS);
    expect(await source.refresh()).toMatchObject({
      presenting: true,
      reason: 'full-screen window in front (Xmessage)',
    });
    expect(await newsAfter(() => wmctrl('-r', TITLE, '-b', 'remove,fullscreen'))).toBeLessThan(PUSHED_MS);
    expect((await source.refresh()).presenting).toBe(false);
    expect(await newsAfter(() => wmctrl('-r', TITLE, '-b', 'add,fullscreen'))).toBeLessThan(PUSHED_MS);
    expect((await source.refresh()).presenting).toBe(true);
    expect(await newsAfter(() => wmctrl('-a', 'limber-notes'))).toBeLessThan(PUSHED_MS);
    expect((await source.refresh()).presenting).toBe(false);
    expect(connections).toHaveLength(1);
  });

  it('reads from memory: steady readings send no request and start no process', async () => {
    await wmctrl('-a', TITLE);
    await waitFor('the full-screen window back in front', async () =>
      (await source.refresh()).presenting ? true : undefined,
    );
    // spawn, execFile and exec all start their process through ChildProcess.prototype.spawn.
    const spawned = vi.spyOn(ChildProcess.prototype as unknown as { spawn: (options: object) => void }, 'spawn');
    try {
      const requests = connections[0]?.requestsSent;
      for (let i = 0; i < 20; i++) expect((await source.refresh()).presenting).toBe(true);
      expect(connections[0]?.requestsSent).toBe(requests);
      expect(spawned).not.toHaveBeenCalled();
    } finally {
      spawned.mockRestore();
    }
  });

  it('turns unknown, with the reason, when the X server is killed, and the process lives on', async () => {
    const failures: string[] = [];
    setFailureLog((line) => failures.push(line));
    await newsAfter(() => Promise.resolve(desk.killSync())); // SIGKILL: no goodbye from the server
    const reading = await source.refresh();
    setFailureLog(() => {});
    expect(reading.presenting).toBeNull();
    // The kind of failure in the person's words; the X connection's own words in the diagnostics log.
    expect(reading.reason).toMatch(/^X11 full-screen window in front: lost the X display :\d+: the connection was lost/);
    expect(failures.join('\n')).toMatch(/lost: the X server closed/);
    expect(log.filter((line) => line.includes('lost the X display'))).toHaveLength(1);
  });
});

describe.runIf(process.platform === 'linux')('a cookie-protected X server (Xvfb -auth)', () => {
  const guarded = new ProcessGroup();
  process.once('exit', () => guarded.killSync());
  let guardedEnv: NodeJS.ProcessEnv;
  const probes: PresenceProbe[] = [];
  const readWith = async (probeEnv: NodeJS.ProcessEnv) => {
    const probe = linuxFullscreenProbe({ env: probeEnv });
    probes.push(probe);
    return probe.read({ signal: AbortSignal.timeout(5_000), switches: FULLSCREEN_ONLY });
  };

  beforeAll(async () => {
    guardedEnv = (await startCookieX11(guarded)).env;
    await openWindow(guarded, guardedEnv, 'limber-guarded');
    expect((await run('wmctrl', ['-r', 'limber-guarded', '-b', 'add,fullscreen'], guardedEnv)).code).toBe(0);
  }, 30_000);

  afterAll(async () => {
    for (const probe of probes) probe.dispose?.();
    await guarded.stopAll();
  });

  it('is let in with the cookie xauth wrote, from XAUTHORITY or from ~/.Xauthority', async () => {
    const presenting = [{ via: 'fullscreen', value: true, reason: 'full-screen window in front (Xmessage)' }];
    await waitFor('the window manager to make the window full screen', async () =>
      (await readWith(guardedEnv))[0]?.value ? true : undefined,
    );
    expect(await readWith(guardedEnv)).toEqual(presenting);
    const home = join(guarded.dir, 'home');
    mkdirSync(home);
    copyFileSync(guardedEnv.XAUTHORITY as string, join(home, '.Xauthority'));
    const { XAUTHORITY: _, ...withoutFile } = guardedEnv;
    expect(await readWith({ ...withoutFile, HOME: home })).toEqual(presenting);
  });

  it('is turned away without the cookie or with a wrong one: said in plain words, the server’s own in the log', async () => {
    const failures: string[] = [];
    setFailureLog((line) => failures.push(line));
    const missing = join(guarded.dir, 'no-such-file');
    await expect(readWith({ ...guardedEnv, XAUTHORITY: missing })).rejects.toThrow(
      `the X display ${guardedEnv.DISPLAY} refused Limber without a cookie (${missing} has none for it): ` +
        "its own explanation is in Limber's log",
    );
    const wrong = join(guarded.dir, 'wrong.Xauthority');
    await run('xauth', ['-q', '-f', wrong, 'add', guardedEnv.DISPLAY as string, '.', '00'.repeat(16)], guardedEnv);
    await expect(readWith({ ...guardedEnv, XAUTHORITY: wrong })).rejects.toThrow(
      `refused Limber with the cookie from ${wrong}: its own explanation is in Limber's log`,
    );
    setFailureLog(() => {});
    expect(failures.join('\n')).toContain('Authorization required, but no authorization protocol specified');
    expect(failures.join('\n')).toContain('Invalid MIT-MAGIC-COOKIE-1 key');
  });
});

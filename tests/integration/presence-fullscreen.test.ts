// "Presenting" on a real X11 desktop: Xvfb, the openbox window manager (which keeps
// _NET_ACTIVE_WINDOW and _NET_WM_STATE as every EWMH window manager does), and an xmessage window
// that wmctrl makes full screen, as a slide show or a shared-screen call would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCachedPresenceSource } from '../../electron/core/presence/cached-source';
import type { PresenceSource } from '../../electron/core/presence/port';
import { choosePresenceProbes } from '../../electron/presence/choose';
import { ProcessGroup, run, waitFor } from './desktop-session';
import { openWindow, startWindowManager, startX11 } from './presence-desktop';

const TITLE = 'limber-slides';

const group = new ProcessGroup();
process.once('exit', () => group.killSync());
let env: NodeJS.ProcessEnv;
const log: string[] = [];

function presenceOn(desktopEnv: NodeJS.ProcessEnv): PresenceSource {
  return createCachedPresenceSource(choosePresenceProbes('linux', desktopEnv), {
    switches: () => ({ microphone: false, camera: false, fullscreen: true, dnd: false, meetingApps: [] }),
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

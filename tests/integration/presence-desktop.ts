// Real OS parts for the presence probes, each private to the caller's ProcessGroup: a PulseAudio
// with a stand-in headset microphone and speakers, an X11 desktop with a window manager, and dconf
// on a private session bus. Used by tests/integration/presence-*.test.ts and bench/presence.ts.
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, type CommandRunner } from '../../electron/presence/adapters/command';
import { spawnHelper, type HelperSpawner } from '../../electron/presence/adapters/helper-process';
import { requireBinaries, run, startBus, startXvfb, waitFor, type ProcessGroup } from './desktop-session';

/** Binaries each part runs, and the Debian package each comes from (see .ci/apt-packages.txt). */
export const PULSE_BINARIES = { pulseaudio: 'pulseaudio', pactl: 'pulseaudio-utils', parecord: 'pulseaudio-utils' };
export const X11_BINARIES = {
  Xvfb: 'xvfb',
  openbox: 'openbox',
  wmctrl: 'wmctrl',
  xprop: 'x11-utils',
  xmessage: 'x11-utils',
};
export const XAUTH_BINARIES = { xauth: 'xauth' };
export const DCONF_BINARIES = {
  'dbus-daemon': 'dbus-daemon',
  'dbus-send': 'dbus-bin',
  dconf: 'dconf-cli',
  gsettings: 'libglib2.0-bin',
};
const DCONF_SERVICE = '/usr/libexec/dconf-service'; // package dconf-service

export const MICROPHONE = 'headset_mic';
export const SPEAKERS = 'speakers';

/** Starts PulseAudio; resolves the environment its clients need (PULSE_SERVER and a private home). */
export async function startPulse(group: ProcessGroup): Promise<NodeJS.ProcessEnv> {
  requireBinaries(PULSE_BINARIES, 'The microphone presence test');
  const dir = join(group.dir, 'pulse');
  mkdirSync(dir, { recursive: true });
  const socket = join(dir, 'native');
  // Everything PulseAudio touches lives in the temp dir; no D-Bus, so it never looks for a desktop.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: group.dir,
    XDG_RUNTIME_DIR: group.dir,
    PULSE_RUNTIME_PATH: dir,
    PULSE_STATE_PATH: join(dir, 'state'),
    PULSE_SERVER: `unix:${socket}`,
    DBUS_SESSION_BUS_ADDRESS: 'disabled:',
    LANG: 'C.UTF-8',
  };
  // As root, --system=false keeps it a per-user daemon (it warns, and runs); -n skips default.pa so
  // only these modules load: our socket (anonymous: no cookie to share), a sink and a source.
  const server = group.spawn(
    'pulseaudio',
    'pulseaudio',
    [
      '--daemonize=no',
      '--system=false',
      '--exit-idle-time=-1',
      '--use-pid-file=false',
      '--disable-shm=true',
      '--log-target=stderr',
      '-n',
      `--load=module-native-protocol-unix socket=${socket} auth-anonymous=1`,
      `--load=module-null-sink sink_name=${SPEAKERS}`,
      `--load=module-null-source source_name=${MICROPHONE}`,
    ],
    env,
  );
  try {
    await waitFor(
      'PulseAudio to answer pactl',
      async () => ((await run('pactl', ['info'], env)).code === 0 ? true : undefined),
      10_000,
    );
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : String(e)}\n${server.output.slice(-2000)}`);
  }
  return env;
}

/** Starts a real recorder on `device` as app `name`; resolves once the server lists its stream. */
export async function startRecording(group: ProcessGroup, env: NodeJS.ProcessEnv, name: string, device: string) {
  const recorder = group.spawn(
    `parecord ${name}`,
    'parecord',
    [`--device=${device}`, `--client-name=${name}`, '/dev/null'],
    env,
  );
  await waitFor(`${name}'s recording stream`, async () => {
    const out = await run('pactl', ['list', 'source-outputs'], env);
    return out.stdout.includes(`application.name = "${name}"`) ? true : undefined;
  });
  return recorder;
}

/** Xvfb plus openbox, which keeps _NET_ACTIVE_WINDOW and _NET_WM_STATE like every EWMH window manager. */
export async function startX11(group: ProcessGroup, withWindowManager = true): Promise<NodeJS.ProcessEnv> {
  requireBinaries(X11_BINARIES, 'The full-screen presence test');
  const display = await startXvfb(group);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: group.dir,
    XDG_CONFIG_HOME: group.dir,
    DISPLAY: display,
    XDG_SESSION_TYPE: 'x11',
    LANG: 'C.UTF-8',
  };
  if (withWindowManager) await startWindowManager(group, env);
  return env;
}

export async function startWindowManager(group: ProcessGroup, env: NodeJS.ProcessEnv): Promise<void> {
  // Xvfb names its display a moment before every client can connect on a busy machine: wait for
  // the display to answer, and start openbox again if it gave up on it.
  await waitFor(
    'the X display to accept clients',
    async () => ((await run('xprop', ['-root', '_NET_ACTIVE_WINDOW'], env)).code === 0 ? true : undefined),
    10_000,
  );
  // openbox names itself (wmctrl -m) before it has finished starting, and a window mapped in
  // between is sometimes never managed; --startup runs its command once openbox is ready.
  const ready = join(group.dir, `openbox-ready-${String(env.DISPLAY).replace(/\W/g, '')}`);
  const openbox = () => group.spawn('openbox', 'openbox', ['--sm-disable', '--startup', `touch ${ready}`], env);
  let wm = openbox();
  try {
    await waitFor(
      'openbox to manage the screen',
      async () => {
        if (existsSync(ready) && (await run('wmctrl', ['-m'], env)).code === 0) return true;
        if (wm.child.exitCode !== null) wm = openbox();
        return undefined;
      },
      10_000,
    );
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : String(e)}\n${wm.output}`);
  }
}

/** Opens an xmessage window titled `title` and waits until it is the active window (focusing it if need be). */
export async function openWindow(group: ProcessGroup, env: NodeJS.ProcessEnv, title: string): Promise<void> {
  const window = group.spawn('xmessage', 'xmessage', ['-name', title, '-title', title, 'Quarterly review'], env);
  try {
    await waitFor(
      'the window to be in front',
      async () => {
        const listed = (await run('wmctrl', ['-l'], env)).stdout.split('\n').find((line) => line.endsWith(` ${title}`));
        if (!listed) return undefined;
        const active = /# (0x[0-9a-f]+)/.exec((await run('xprop', ['-root', '_NET_ACTIVE_WINDOW'], env)).stdout)?.[1];
        if (active !== undefined && Number(active) === Number(listed.split(/\s+/)[0])) return true;
        await run('wmctrl', ['-a', title], env); // as a user clicking it: openbox may not focus a window mapped early
        return undefined;
      },
      10_000,
    );
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : String(e)}\n${window.output}`);
  }
}

/**
 * Xvfb that admits only clients showing a MIT-MAGIC-COOKIE-1 (as a desktop's display manager runs
 * X), plus openbox. The server reads its cookie from a file xauth wrote (a server takes every entry
 * of its -auth file, whatever display it names); the clients' file, named by XAUTHORITY, holds the
 * same cookie for this display, written by xauth as any login would.
 */
export async function startCookieX11(group: ProcessGroup): Promise<{ env: NodeJS.ProcessEnv; cookie: string }> {
  requireBinaries({ ...X11_BINARIES, ...XAUTH_BINARIES }, 'The cookie-protected full-screen test');
  const cookie = randomBytes(16).toString('hex');
  const tools: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: group.dir };
  const serverFile = join(group.dir, 'server.Xauthority');
  const clientFile = join(group.dir, 'client.Xauthority');
  const xauth = async (file: string, display: string) => {
    const out = await run('xauth', ['-q', '-f', file, 'add', display, 'MIT-MAGIC-COOKIE-1', cookie], tools);
    if (out.code !== 0) throw new Error(`xauth could not write ${file}: ${out.stderr}`);
  };
  await xauth(serverFile, ':0');
  const display = await startXvfb(group, ['-auth', serverFile]);
  await xauth(clientFile, display);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: group.dir,
    XDG_CONFIG_HOME: group.dir,
    DISPLAY: display,
    XAUTHORITY: clientFile,
    XDG_SESSION_TYPE: 'x11',
    LANG: 'C.UTF-8',
  };
  await startWindowManager(group, env);
  return { env, cookie };
}

/** A private session bus with dconf-service on it, GNOME's schema read through dconf. */
export async function startDconf(group: ProcessGroup): Promise<NodeJS.ProcessEnv> {
  requireBinaries(DCONF_BINARIES, 'The do-not-disturb presence test');
  try {
    accessSync(DCONF_SERVICE, constants.X_OK);
  } catch {
    throw new Error(
      `The do-not-disturb presence test needs ${DCONF_SERVICE}; install it with: apt-get install dconf-service (listed in .ci/apt-packages.txt).`,
    );
  }
  const busAddress = await startBus(group, 'dbus-daemon');
  mkdirSync(join(group.dir, 'config'), { recursive: true });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: group.dir,
    XDG_CONFIG_HOME: join(group.dir, 'config'),
    XDG_RUNTIME_DIR: group.dir,
    DBUS_SESSION_BUS_ADDRESS: busAddress,
    GSETTINGS_BACKEND: 'dconf',
    XDG_CURRENT_DESKTOP: 'GNOME',
    LANG: 'C.UTF-8',
  };
  // Started here rather than by bus activation, so the group tracks and stops it.
  group.spawn('dconf-service', DCONF_SERVICE, [], env);
  await waitFor('dconf-service to own ca.desrt.dconf', async () => {
    const out = await run(
      'dbus-send',
      [
        '--session',
        '--print-reply',
        '--dest=org.freedesktop.DBus',
        '/org/freedesktop/DBus',
        'org.freedesktop.DBus.NameHasOwner',
        'string:ca.desrt.dconf',
      ],
      env,
    );
    return out.stdout.includes('boolean true') ? true : undefined;
  });
  return env;
}

/** Every process the presence probes start, as "file arg…": one-shot commands and long-lived watchers apart. */
export interface SpawnCounts {
  run: CommandRunner;
  spawn: HelperSpawner;
  oneShots: string[];
  watchers: string[];
  /** Both together: what a steady-state reading must not add to. */
  total(): number;
  /** Long-lived watchers alive now (started, not yet exited or stopped). */
  running(): number;
}

/** The real runner and spawner, counting (the integration tests and the bench pass them to choosePresenceProbes). */
export function countingSpawns(): SpawnCounts {
  const oneShots: string[] = [];
  const watchers: string[] = [];
  let running = 0;
  return {
    oneShots,
    watchers,
    run: (file, args, options) => {
      oneShots.push([file, ...args].join(' '));
      return runCommand(file, args, options);
    },
    spawn: (file, args, options, events) => {
      watchers.push([file, ...args].join(' '));
      let alive = true;
      const ended = (): void => {
        if (alive) running--;
        alive = false;
      };
      running++;
      const helper = spawnHelper(file, args, options, {
        onLine: (line) => events.onLine(line),
        onExit: (why) => {
          ended();
          events.onExit(why);
        },
      });
      return {
        write: (text) => helper.write(text),
        kill: () => {
          ended();
          helper.kill();
        },
      };
    },
    total: () => oneShots.length + watchers.length,
    running: () => running,
  };
}

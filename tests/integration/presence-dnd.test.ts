// GNOME's do-not-disturb switch through a real, private dconf: a private session bus, dconf-service
// on it (started by the test, not by bus activation), and the user database in a temp
// XDG_CONFIG_HOME. `dconf write` flips the switch as GNOME Settings does; the probe reads it with
// gsettings and, when the schema is missing, with dconf.
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCachedPresenceSource } from '../../electron/core/presence/cached-source';
import type { PresenceSource } from '../../electron/core/presence/port';
import { choosePresenceProbes } from '../../electron/presence/choose';
import { ProcessGroup, requireBinaries, run, startBus, waitFor } from './desktop-session';

const BINARIES = {
  'dbus-daemon': 'dbus-daemon',
  'dbus-send': 'dbus-bin',
  dconf: 'dconf-cli',
  gsettings: 'libglib2.0-bin',
};
const DCONF_SERVICE = '/usr/libexec/dconf-service'; // package dconf-service
const KEY = '/org/gnome/desktop/notifications/show-banners';

const group = new ProcessGroup();
process.once('exit', () => group.killSync());
let env: NodeJS.ProcessEnv;
const log: string[] = [];
const sources: PresenceSource[] = [];

function presenceOn(desktopEnv: NodeJS.ProcessEnv): PresenceSource {
  const source = createCachedPresenceSource(choosePresenceProbes('linux', desktopEnv), {
    switches: () => ({ microphone: false, camera: false, fullscreen: false, dnd: true, meetingApps: [] }),
    log: (m) => log.push(m),
    timeoutMs: 5_000, // a loaded CI machine; the app keeps the 1.5 s default
  });
  sources.push(source);
  return source;
}

async function dconfWrite(value: string): Promise<void> {
  const out = await run('dconf', ['write', KEY, value], env);
  expect(out.code, out.stderr).toBe(0);
}

describe.runIf(process.platform === 'linux')('do not disturb, from a real private dconf', () => {
  beforeAll(async () => {
    requireBinaries(BINARIES, 'The do-not-disturb presence test');
    try {
      accessSync(DCONF_SERVICE, constants.X_OK);
    } catch {
      throw new Error(
        `The do-not-disturb presence test needs ${DCONF_SERVICE}; install it with: apt-get install dconf-service (listed in .ci/apt-packages.txt).`,
      );
    }
    const busAddress = await startBus(group, 'dbus-daemon');
    mkdirSync(join(group.dir, 'config'), { recursive: true });
    env = {
      PATH: process.env.PATH,
      HOME: group.dir,
      XDG_CONFIG_HOME: join(group.dir, 'config'),
      XDG_RUNTIME_DIR: group.dir,
      DBUS_SESSION_BUS_ADDRESS: busAddress,
      GSETTINGS_BACKEND: 'dconf',
      XDG_CURRENT_DESKTOP: 'GNOME',
      LANG: 'C.UTF-8',
    };
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
  }, 20_000);

  afterAll(async () => {
    for (const s of sources) s.dispose();
    await group.stopAll();
  });

  it('follows the switch through gsettings: off by default, on when banners are hidden', async () => {
    // This path reads through gsettings itself (schema installed, dconf backend), not the fallback.
    const viaGsettings = await run('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners'], env);
    expect(viaGsettings, viaGsettings.stderr).toMatchObject({ code: 0, stdout: 'true\n' });
    const source = presenceOn(env);
    expect(await source.refresh()).toEqual({ inCall: null, presenting: null, dnd: false, reason: null });
    await dconfWrite('false');
    expect((await run('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners'], env)).stdout).toBe(
      'false\n',
    );
    expect(await source.refresh()).toEqual({
      inCall: null,
      presenting: null,
      dnd: true,
      reason: 'do not disturb is on',
    });
    await dconfWrite('true');
    expect((await source.refresh()).dnd).toBe(false);
  });

  it('reads dconf directly where the GNOME schema is not installed', async () => {
    const noSchema = {
      ...env,
      GSETTINGS_SCHEMA_DIR: join(group.dir, 'no-schemas'),
      XDG_DATA_DIRS: join(group.dir, 'no-data'),
    };
    expect(
      (await run('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners'], noSchema)).code,
    ).not.toBe(0);
    const source = presenceOn(noSchema);
    await dconfWrite('false');
    expect((await source.refresh()).dnd).toBe(true);
    await run('dconf', ['reset', KEY], env);
    expect((await source.refresh()).dnd).toBe(false);
    expect(log).toEqual([]);
  });

  it('on KDE asks the notification server, and is unknown when none answers', async () => {
    const reading = await presenceOn({ ...env, XDG_CURRENT_DESKTOP: 'KDE' }).refresh();
    expect(reading.dnd).toBeNull();
    expect(reading.reason).toMatch(/KDE do-not-disturb .*org\.freedesktop\.DBus\.Error\.ServiceUnknown/);
  });
});

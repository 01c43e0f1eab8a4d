// GNOME's do-not-disturb switch through a real, private dconf: a private session bus, dconf-service
// on it (started by the test, not by bus activation), and the user database in a temp
// XDG_CONFIG_HOME. `dconf write` flips the switch as GNOME Settings does; the probe reads it with
// gsettings and, when the schema is missing, with dconf.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCachedPresenceSource } from '../../electron/core/presence/cached-source';
import type { PresenceSource } from '../../electron/core/presence/port';
import { choosePresenceProbes } from '../../electron/presence/choose';
import { ProcessGroup, run } from './desktop-session';
import { startDconf } from './presence-desktop';

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
    env = await startDconf(group);
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

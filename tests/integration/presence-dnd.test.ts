// GNOME's do-not-disturb switch through a real, private dconf: a private session bus, dconf-service
// on it (started by the test, not by bus activation), and the user database in a temp
// XDG_CONFIG_HOME. `gsettings set` flips the switch as GNOME Settings does; the probe watches it
// with `gsettings monitor` (the source is told within 2 s, readings start no process) and, when the
// schema is missing, reads it with dconf at every sample.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCachedPresenceSource } from '../../electron/presence/node/cached-source';
import type { PresenceSource } from '../../electron/ports/presence';
import { choosePresenceProbes } from '../../electron/presence/adapters/choose';
import { ProcessGroup, run, waitFor } from './desktop-session';
import { countingSpawns, startDconf, type SpawnCounts } from './presence-desktop';

const KEY = '/org/gnome/desktop/notifications/show-banners';
const SCHEMA = ['org.gnome.desktop.notifications', 'show-banners'];
const GET = `gsettings get ${SCHEMA.join(' ')}`;
/** The "held from its first seconds": the source hears this soon after the switch flips. */
const TOLD_WITHIN_MS = 2_000;

const group = new ProcessGroup();
process.once('exit', () => group.killSync());
let env: NodeJS.ProcessEnv;
const log: string[] = [];
const sources: PresenceSource[] = [];

function presenceOn(desktopEnv: NodeJS.ProcessEnv, counts?: SpawnCounts): PresenceSource {
  const source = createCachedPresenceSource(choosePresenceProbes('linux', desktopEnv, { ...counts }), {
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

  it('watches the switch: told within 2 s of each flip, readings in between start no process', async () => {
    // This path reads through gsettings itself (schema installed, dconf backend), not the fallback.
    const viaGsettings = await run('gsettings', ['get', ...SCHEMA], env);
    expect(viaGsettings, viaGsettings.stderr).toMatchObject({ code: 0, stdout: 'true\n' });
    const counts = countingSpawns();
    const source = presenceOn(env, counts);
    let told = 0;
    source.subscribe(() => told++);
    expect(await source.refresh()).toEqual({ inCall: null, presenting: null, dnd: false, reason: null });
    // Listening once `gsettings monitor` has settled and asked for the value itself.
    await waitFor('gsettings monitor to listen', () => (counts.oneShots.length >= 2 ? true : undefined), 10_000);
    expect(counts.watchers).toEqual([`gsettings monitor ${SCHEMA.join(' ')}`]);
    expect(counts.oneShots).toEqual([GET, GET]);

    const toldAfterSet = async (value: string): Promise<number> => {
      const before = told;
      const started = performance.now();
      const out = await run('gsettings', ['set', ...SCHEMA, value], env);
      expect(out.code, out.stderr).toBe(0);
      await expect.poll(() => told, { timeout: 5_000, interval: 20 }).toBeGreaterThan(before);
      return performance.now() - started;
    };
    expect(await toldAfterSet('false')).toBeLessThan(TOLD_WITHIN_MS);
    const steady = counts.total();
    for (let i = 0; i < 10; i++)
      expect(await source.refresh()).toEqual({
        inCall: null,
        presenting: null,
        dnd: true,
        reason: 'do not disturb is on',
      });
    expect(await toldAfterSet('true')).toBeLessThan(TOLD_WITHIN_MS);
    expect((await source.refresh()).dnd).toBe(false);
    expect(counts.total()).toBe(steady);
    expect(log).toEqual([]);
  });

  it('reads dconf directly at every sample where the GNOME schema is not installed (the monitor cannot run)', async () => {
    const noSchema = {
      ...env,
      GSETTINGS_SCHEMA_DIR: join(group.dir, 'no-schemas'),
      XDG_DATA_DIRS: join(group.dir, 'no-data'),
    };
    expect(
      (await run('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners'], noSchema)).code,
    ).not.toBe(0);
    const counts = countingSpawns();
    const source = presenceOn(noSchema, counts);
    await dconfWrite('false');
    expect((await source.refresh()).dnd).toBe(true);
    await run('dconf', ['reset', KEY], env);
    expect((await source.refresh()).dnd).toBe(false);
    expect(counts.watchers).toEqual([`gsettings monitor ${SCHEMA.join(' ')}`]); // tried; waits 5 s to try again
    expect(counts.oneShots.filter((c) => c.startsWith('dconf read'))).toHaveLength(2);
    expect(log).toEqual([]);
  });

  it('on KDE asks the notification server, and is unknown when none answers', async () => {
    const reading = await presenceOn({ ...env, XDG_CURRENT_DESKTOP: 'KDE' }).refresh();
    expect(reading.dnd).toBeNull();
    expect(reading.reason).toMatch(/KDE do-not-disturb .*org\.freedesktop\.DBus\.Error\.ServiceUnknown/);
  });
});

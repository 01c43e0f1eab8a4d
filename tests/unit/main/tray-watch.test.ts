// The tray-host watch over a stand-in dbus-send whose answer the test changes: a host that comes
// late gets the tray, one that goes away gives the dock entry back, and one that returns gets a
// tray again. The notice waits for the grace and never comes if a host appeared meanwhile.
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchTrayHost } from '../../../electron/main/tray-fallback';

async function bus() {
  const dir = await mkdtemp(join(tmpdir(), 'limber-tray-watch-'));
  const state = join(dir, 'host');
  await writeFile(state, 'false');
  await writeFile(join(dir, 'dbus-send'), `#!/bin/sh\necho "   boolean $(cat '${state}')"\n`);
  await chmod(join(dir, 'dbus-send'), 0o755);
  return { dir, env: { PATH: `${dir}:/usr/bin:/bin` }, set: (present: boolean) => writeFile(state, String(present)) };
}
const until = async (what: string, ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  if (!ok()) throw new Error(`timed out waiting for ${what}`);
};

describe('watching for a tray host', () => {
  it('follows a host that comes late, goes away and comes back; no notice once one has been seen', async () => {
    const b = await bus();
    const seen: string[] = [];
    const told: string[] = [];
    const watch = watchTrayHost({
      platform: 'linux',
      env: b.env,
      userDataDir: b.dir,
      timing: { fastMs: 30, fastForMs: 60_000, slowMs: 30, noticeAfterMs: 600 },
      onHost: () => seen.push('tray'),
      onNoHost: () => seen.push('dock'),
      tell: (notice) => told.push(notice.id),
      log: () => {},
    });
    expect(await watch.first).toBe(false);
    await b.set(true);
    await until('the tray', () => seen.length === 2);
    await b.set(false);
    await until('the dock again', () => seen.length === 3);
    await b.set(true);
    await until('the tray again', () => seen.length === 4);
    await new Promise((resolve) => setTimeout(resolve, 700));
    watch.dispose();
    expect(seen).toEqual(['dock', 'tray', 'dock', 'tray']);
    expect(told).toEqual([]);
  });
});

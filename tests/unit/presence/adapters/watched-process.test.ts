// The long-lived watcher: started once, its lines handed on, a death noticed and answered with a
// restart that waits longer each time (never a respawn storm), nothing heard after dispose. The
// real spawner is checked against a Node stand-in: C locale, line splitting, kill, missing program.
import { describe, expect, it } from 'vitest';
import { spawnHelper, lineSplitter } from '../../../../electron/presence/adapters/helper-process';
import { WatchedProcess } from '../../../../electron/presence/adapters/watched-process';
import { FakeSpawner, ManualTimers } from './fake-watchers';

function watched(spawner: FakeSpawner, timers: ManualTimers) {
  const lines: string[] = [];
  const states: Array<[boolean, string | null]> = [];
  const process = new WatchedProcess({
    file: 'pactl',
    args: ['subscribe'],
    env: {},
    spawn: spawner.spawn,
    timers,
    now: () => timers.now,
    onLine: (line) => lines.push(line),
    onRunning: (running, why) => states.push([running, why]),
  });
  return { process, lines, states };
}

describe('WatchedProcess', () => {
  it('starts one helper, is listening after its first line (or after settling), and hands each line on', () => {
    const spawner = new FakeSpawner();
    const timers = new ManualTimers();
    const { process, lines, states } = watched(spawner, timers);
    process.start();
    process.start(); // already running: no second helper
    expect(spawner.started.map((h) => h.command)).toEqual(['pactl subscribe']);
    expect(process.running).toBe(false);
    spawner.latest.print("Event 'new' on source-output #3");
    expect(process.running).toBe(true);
    expect(states).toEqual([[true, null]]);
    expect(lines).toEqual(["Event 'new' on source-output #3"]);

    const quiet = watched(spawner, timers);
    quiet.process.start();
    timers.advance(499);
    expect(quiet.process.running).toBe(false);
    timers.advance(1);
    expect(quiet.process.running).toBe(true);
    expect(quiet.states).toEqual([[true, null]]);
  });

  it('restarts a dead helper after 5 s, then 10 s, 20 s … never more often, up to 5 minutes apart', () => {
    const spawner = new FakeSpawner();
    const timers = new ManualTimers();
    const { process, states } = watched(spawner, timers);
    process.start();
    timers.advance(500);
    spawner.latest.die('exited (code 1): Connection failure: Connection refused');
    expect(process.running).toBe(false);
    expect(states.at(-1)).toEqual([false, 'pactl exited (code 1): Connection failure: Connection refused']);
    const gaps: number[] = [];
    let last = timers.now;
    for (let i = 0; i < 9; i++) {
      const before = spawner.started.length;
      while (spawner.started.length === before) timers.advance(1_000);
      gaps.push(timers.now - last);
      spawner.latest.die(); // dies at once each time
      last = timers.now;
    }
    expect(gaps).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
    expect(process.starts).toBe(10);
  });

  it('after a long healthy run, waits only 5 s again', () => {
    const spawner = new FakeSpawner();
    const timers = new ManualTimers();
    const { process } = watched(spawner, timers);
    process.start();
    spawner.latest.die();
    timers.advance(5_000);
    spawner.latest.die();
    timers.advance(10_000); // third start
    expect(spawner.started).toHaveLength(3);
    timers.advance(60 * 60_000); // an hour listening
    spawner.latest.die();
    timers.advance(4_999);
    expect(spawner.started).toHaveLength(3);
    timers.advance(1);
    expect(spawner.started).toHaveLength(4);
  });

  it('a helper that cannot start is never listening, and is tried again later, not at once', () => {
    const spawner = new FakeSpawner();
    spawner.failing = 'is not installed';
    const timers = new ManualTimers();
    const { process, states } = watched(spawner, timers);
    process.start();
    expect(process.running).toBe(false);
    expect(states).toEqual([[false, 'pactl is not installed']]);
    timers.advance(4_999);
    expect(spawner.started).toHaveLength(1);
    spawner.failing = null;
    timers.advance(1);
    expect(spawner.started).toHaveLength(2);
    timers.advance(500);
    expect(process.running).toBe(true);
  });

  it('after dispose: the helper is killed, its late lines and death are ignored, nothing restarts', () => {
    const spawner = new FakeSpawner();
    const timers = new ManualTimers();
    const { process, lines, states } = watched(spawner, timers);
    process.start();
    const helper = spawner.latest;
    process.dispose();
    expect(helper.killed).toBe(true);
    helper.print("Event 'remove' on source-output #3");
    helper.die();
    timers.advance(10 * 60_000);
    expect(lines).toEqual([]);
    expect(states).toEqual([]);
    expect(spawner.started).toHaveLength(1);
    process.start();
    expect(spawner.started).toHaveLength(1);
  });
});

describe('spawnHelper (the real one)', () => {
  const script = `
    process.stdout.write('locale ' + process.env.LC_ALL + ' ' + process.env.LANG + '\\nhalf');
    setTimeout(() => process.stdout.write(' a line\\r\\n'), 50);
    setInterval(() => {}, 1000);`;

  it('runs the program with the C locale, splits lines, and ends it on kill', async () => {
    const lines: string[] = [];
    let exited = '';
    const helper = spawnHelper(
      process.execPath,
      ['-e', script],
      { env: { PATH: process.env.PATH, LANG: 'de_DE.UTF-8' } },
      { onLine: (line) => lines.push(line), onExit: (why) => (exited = why) },
    );
    await expect.poll(() => lines, { timeout: 5_000 }).toEqual(['locale C C', 'half a line']);
    helper.kill();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(exited).toBe(''); // a helper we stopped is not reported as dying
  });

  it('reports a helper that exits, with its complaint, and a missing program in one sentence', async () => {
    const exits: string[] = [];
    spawnHelper(
      process.execPath,
      ['-e', 'console.error("Connection failure: Connection refused"); process.exit(1)'],
      { env: { PATH: process.env.PATH } },
      { onLine: () => {}, onExit: (why) => exits.push(why) },
    );
    spawnHelper(
      'limber-no-such-watcher',
      [],
      { env: { PATH: process.env.PATH } },
      {
        onLine: () => {},
        onExit: (why) => exits.push(why),
      },
    );
    await expect.poll(() => exits.length, { timeout: 5_000 }).toBe(2);
    expect(exits.sort()).toEqual([
      `${process.execPath} exited (code 1): Connection failure: Connection refused`,
      'limber-no-such-watcher is not installed',
    ]);
  });

  it('splits text that arrives in any chunks into whole lines', () => {
    const lines: string[] = [];
    const splitter = lineSplitter((line) => lines.push(line));
    splitter.push("Event 'new' on sou");
    splitter.push("rce-output #1\nEvent 'remove' on source-output #1\n\nshow-ban");
    splitter.flush();
    expect(lines).toEqual(["Event 'new' on source-output #1", "Event 'remove' on source-output #1", '', 'show-ban']);
  });
});

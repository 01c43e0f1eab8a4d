import { beforeAll, describe, expect, it } from 'vitest';
import { appRoot } from './app-root';
import { buildStandIn, runMain, type MainRunOptions } from './run-main';

interface Call {
  api: string;
  args: unknown[];
}

let standInDir = '';
beforeAll(async () => {
  standInDir = await buildStandIn();
});

const limber = (args: string[], scenario: MainRunOptions['scenario'], env: Record<string, string> = {}) =>
  runMain({ standInDir, appRoot, args, scenario, env, timeoutMs: 20_000 });
const callsOf = (report: Record<string, unknown> | null) => (report?.['calls'] ?? []) as Call[];

describe('limber on the command line (the built main.js)', () => {
  it('--help prints the usage and exits 0 without taking the single-instance lock', async () => {
    const run = await limber(['--help'], 'exits');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: limber \[option\]/);
    expect(run.stdout).toContain('--pause 30m|1h|tomorrow');
    expect(callsOf(run.report).map((c) => c.api)).not.toContain('app.requestSingleInstanceLock');
  });

  it.each([
    [['--pause', 'forever'], '--pause needs one of 30m, 1h, tomorrow. Try limber --help.'],
    [['--frobnicate'], 'Unknown option "--frobnicate". Try limber --help.'],
  ])('%j gets one clear line and exit code 2', async (args, line) => {
    const run = await limber(args, 'exits');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${line}\n`);
    expect(run.stdout).toBe('');
  });

  it('--status with no Limber running says so and exits 3', async () => {
    const run = await limber(['--status'], 'exits');
    expect(run.code).toBe(3);
    expect(run.stderr).toBe('Limber is not running.\n');
  });

  it('reads its options the same when packaged (no app path on the command line)', async () => {
    const run = await limber(['--status'], 'exits', { LIMBER_STAND_IN_PACKAGED: '1' });
    expect(run.code).toBe(3);
  });

  it('a second launch hands its options to the running instance and prints its answer', async () => {
    const run = await limber(['--ozone-platform=x11', '--status'], 'exits', {
      LIMBER_STAND_IN_LOCK: 'held-elsewhere',
      LIMBER_STAND_IN_RUNNING_REPLY: 'Stretch break at 14:35',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Stretch break at 14:35\n');
    const lock = callsOf(run.report).find((c) => c.api === 'app.requestSingleInstanceLock');
    expect(lock?.args[0]).toMatchObject({
      limberCli: 1,
      args: ['--ozone-platform=x11', '--status'],
      replyId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
    });
  });

  it('a first launch with a debugger port or without the sandbox is refused in words, and nothing starts', async () => {
    for (const arg of ['--remote-debugging-port=9222', '--no-sandbox', '--inspect=9229', '--js-flags=--expose-gc']) {
      const run = await limber([arg], 'exits');
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/is refused: it would open Limber to other programs or weaken its protection/);
    }
  });

  it('a second launch that gets no answer says so and exits 1', async () => {
    const run = await limber(['--resume'], 'exits', { LIMBER_STAND_IN_LOCK: 'held-elsewhere' });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('Limber is running but did not answer.\n');
  });

  it('--hidden starts in the tray without a window', async () => {
    const run = await limber(['--hidden'], 'launch');
    expect(run.code).toBe(0);
    expect(run.report?.['windowsAtStart']).toEqual([]);
    expect(run.stdout).not.toMatch(/\S/);
  });

  it('--pause 1h starts paused, confirms in the terminal and leaves the window closed', async () => {
    const run = await limber(['--pause', '1h'], 'launch');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Paused until .+\n$/);
    expect(run.report?.['windowsAtStart']).toEqual([]);
  });

  it.each([[['/home/a/Documents/notes.txt']], [['-Embedding']], [['file:///home/a/x.pdf', '--hidden']]])(
    'a GUI launch with a stray argument %j starts (and logs it) instead of exiting with an error nobody sees',
    async (args) => {
      const run = await limber(args, 'launch');
      expect(run.code).toBe(0);
      expect(run.stderr).toContain("not Limber's, set aside");
      expect(run.report?.['windowsAtStart']).toHaveLength(args.includes('--hidden') ? 0 : 1);
    },
  );

  it('--start <routine> opens the window on that session', async () => {
    const run = await limber(['--start', 'sciatica-relief'], 'launch');
    expect(run.code).toBe(0);
    expect(run.report?.['windowsAtStart']).toMatchObject([{ visible: true }]);
  });
});

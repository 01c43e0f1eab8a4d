import { describe, expect, it } from 'vitest';
import { launchArgs, parseArgs, type CliParseResult } from '../../../../electron/cli/node/parse-args';

const ROUTINES = ['quick-desk-stretch', 'sciatica-relief'];
const parse = (...args: string[]) => parseArgs(args, ROUTINES);
const request = (result: CliParseResult) => {
  if (!result.ok) throw new Error(result.error);
  return result.request;
};
const error = (result: CliParseResult) => (result.ok ? null : result.error);

describe('parseArgs', () => {
  it('reads a plain launch as "just open"', () => {
    expect(request(parse())).toEqual({ command: null, hidden: false });
    expect(request(parse('--hidden'))).toEqual({ command: null, hidden: true });
  });

  it.each([
    [['--start'], { kind: 'start', routineId: null }],
    [['--start', 'sciatica-relief'], { kind: 'start', routineId: 'sciatica-relief' }],
    [['--start=sciatica-relief'], { kind: 'start', routineId: 'sciatica-relief' }],
    [['--pause', '30m'], { kind: 'pause', choice: '30m' }],
    [['--pause=1h'], { kind: 'pause', choice: '1h' }],
    [['--pause', 'tomorrow'], { kind: 'pause', choice: 'tomorrow' }],
    [['--resume'], { kind: 'resume' }],
    [['--focus', 'on'], { kind: 'focus', on: true }],
    [['--focus', 'off'], { kind: 'focus', on: false }],
    [['--status'], { kind: 'status' }],
    [['--help'], { kind: 'help' }],
    [['-h'], { kind: 'help' }],
  ])('reads %j', (args, command) => {
    expect(request(parse(...args))).toEqual({ command, hidden: false });
  });

  it('takes --hidden with a command, in any order', () => {
    expect(request(parse('--start', '--hidden'))).toEqual({
      command: { kind: 'start', routineId: null },
      hidden: true,
    });
    expect(request(parse('--hidden', '--pause', '1h'))).toEqual({
      command: { kind: 'pause', choice: '1h' },
      hidden: true,
    });
  });

  it("ignores Electron's, Chromium's and the OS's own switches", () => {
    const foreign = [
      '--disable-gpu',
      '--ozone-platform=wayland',
      '--enable-features=UseOzonePlatform',
      '-psn_0_12345',
      '--squirrel-firstrun',
    ];
    expect(request(parse(...foreign, '--status'))).toEqual({ command: { kind: 'status' }, hidden: false });
  });

  it.each([
    '--remote-debugging-port=9222',
    '--remote-debugging-pipe',
    '--no-sandbox',
    '--js-flags=--allow-natives-syntax',
    '--inspect',
    '--inspect=9229',
    '--inspect-brk=0',
    '--inspect-port=9229',
    '--disable-web-security',
  ])('refuses %s, on any launch, in words', (arg) => {
    const result = parse(arg, '--status');
    expect(result).toEqual({
      ok: false,
      error: `"${arg.split('=')[0]}" is refused: it would open Limber to other programs or weaken its protection. Try limber --help.`,
    });
  });

  it("accepts the --no-sandbox an AppImage's own launcher adds, and only there", () => {
    expect(request(parseArgs(['--no-sandbox', '--status'], ['quick-desk-stretch'], { appImage: true }))).toEqual({ command: { kind: 'status' }, hidden: false });
    expect(parseArgs(['--no-sandbox', '--status'], ['quick-desk-stretch'], { appImage: false }).ok).toBe(false);
    expect(parseArgs(['--remote-debugging-port=9222'], ['quick-desk-stretch'], { appImage: true }).ok).toBe(false);
  });

  it('lets --help win over anything else', () => {
    expect(request(parse('--pause', '1h', '--help')).command).toEqual({ kind: 'help' });
  });

  it.each([
    [['--pause'], /--pause needs one of 30m, 1h, tomorrow\./],
    [['--pause', '2h'], /--pause needs one of/],
    [['--pause=forever'], /--pause needs one of/],
    [['--focus'], /--focus needs on or off\./],
    [['--focus', 'maybe'], /--focus needs on or off\./],
    [['--start', 'yoga'], /There is no routine called "yoga"\. Routines: quick-desk-stretch, sciatica-relief\./],
    [['--start=../../etc'], /There is no routine called/],
    [['--resume=now'], /--resume takes no value\./],
    [['--hidden=yes'], /--hidden takes no value\./],
    [['--paus', '1h'], /Unknown option "--paus"\./],
    [['pause'], /Unexpected "pause"\./],
    [['--resume', 'now'], /Unexpected "now"\./],
    [['--pause', '1h', '--resume'], /Give one command at a time\./],
  ])('refuses %j with one clear line', (args, message) => {
    const line = error(parse(...args));
    expect(line).toMatch(message);
    expect(line).toMatch(/Try limber --help\.$/);
    expect(line).not.toContain('\n');
  });
});

describe('launchArgs', () => {
  it('drops the executable, and the app path when unpackaged, wherever launch tools put it', () => {
    expect(launchArgs(['/opt/Limber/limber', '--pause', '1h'], false)).toEqual(['--pause', '1h']);
    expect(launchArgs(['electron', '.', '--status'], true)).toEqual(['--status']);
    expect(launchArgs(['electron', '--inspect=0', '--remote-debugging-port=0', '/repo', '--status'], true)).toEqual([
      '--inspect=0',
      '--remote-debugging-port=0',
      '--status',
    ]);
    expect(launchArgs(['electron'], true)).toEqual([]);
  });
});

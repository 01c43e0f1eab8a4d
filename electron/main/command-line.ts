import { app } from 'electron';
import { randomUUID } from 'node:crypto';
import { handoffLimiter, readHandoff, waitForReply, writeReply, type CliHandoff } from '../cli/node/handoff';
import { cliHelp, launchArgs, parseArgs, routineLookup, type CliRequest } from '../cli/node/parse-args';
import { runCliRequest, type CliTarget } from '../cli/node/run-command';
import { allRoutines, ROUTINES } from '../exercises/common/routines';
import { ownRoutineNamesAtLaunch } from '../routines/node/launch-names';
import { splitStrayArgs } from './stray-args';
import { useLaunchLanguage } from './language';
import { t } from '../i18n/common/translate';

/** How long a second launch waits for the running instance's answer. */
const REPLY_TIMEOUT_MS = 5_000;

/** Exit codes: 0 done, 1 the running instance did not answer, 2 a bad option, 3 `--status` with Limber not running. */
const EXIT = { ok: 0, noAnswer: 1, usage: 2, notRunning: 3 } as const;

/**
 * Runs first in main (after the user-data folder is settled, before `ready`). Returns the request
 * this process starts the app with, or null when it must not start it: `--help` or a bad option
 * (answered here), `--status` with no Limber running, or another instance already running — this
 * launch then hands its arguments over, prints the answer and exits.
 */
export function claimSingleInstance(): CliRequest | null {
  // The answers below are in the person's language: Settings' choice, else the system's.
  useLaunchLanguage(app.getPath('userData'));
  const { args, stray } = splitStrayArgs(launchArgs(process.argv, process.defaultApp === true));
  if (stray.length > 0) console.error(`[limber] not Limber's, set aside: ${stray.map((a) => JSON.stringify(a.slice(0, 200))).join(' ')}`);
  // The own routines are read from their file here: the routines store opens after `ready`.
  const atLaunch = routineLookup(() => [...ROUTINES, ...ownRoutineNamesAtLaunch(app.getPath('userData'))]);
  const parsed = parseArgs(args, atLaunch, { appImage: Boolean(process.env['APPIMAGE']) });
  if (!parsed.ok) return exitWith(EXIT.usage, parsed.error);
  if (parsed.request.command?.kind === 'help') return exitWith(EXIT.ok, cliHelp());
  const handoff: CliHandoff = { limberCli: 1, args, replyId: randomUUID() };
  if (!app.requestSingleInstanceLock(handoff)) {
    void waitForReply(app.getPath('userData'), handoff.replyId, REPLY_TIMEOUT_MS).then(
      (reply) =>
        reply === null ? exitWith(EXIT.noAnswer, t('main.cli.noAnswer')) : exitWith(EXIT.ok, reply),
      () => exitWith(EXIT.noAnswer, t('main.cli.unreadableAnswer')),
    );
    return null;
  }
  if (parsed.request.command?.kind === 'status') return exitWith(EXIT.notRunning, t('main.cli.notRunning'));
  // From here on this is the running instance: later launches are heard at once, and wait in
  // `waiting` until setupCommandLine() can carry them out.
  app.on('second-instance', (_event, _argv, _cwd, additionalData) => {
    if (answer) answer(additionalData);
    else waiting.push(additionalData);
  });
  return parsed.request;
}

const waiting: unknown[] = [];
let answer: ((additionalData: unknown) => void) | null = null;

/** Exits once the line is written: on macOS a pipe is written asynchronously, and app.exit does not wait. */
function exitWith(code: number, line: string): null {
  (code === EXIT.ok ? process.stdout : process.stderr).write(`${line}\n`, () => app.exit(code));
  return null;
}

/**
 * Carries out the launch's own request (a login item's launch counts as `--hidden`), then every
 * request a later `limber …` hands over, answering each through its reply file.
 */
export function setupCommandLine(
  launch: CliRequest,
  target: CliTarget,
  log: (message: string, error?: unknown) => void,
): void {
  const hidden = launch.hidden || app.getLoginItemSettings().wasOpenedAtLogin;
  const line = runCliRequest({ ...launch, hidden }, target);
  if (launch.command) process.stdout.write(`${line}\n`);

  const allowed = handoffLimiter();
  let toldOfFlood = false;
  answer = (additionalData) => {
    if (!allowed()) {
      if (!toldOfFlood) log('second launches came too fast; some were not carried out');
      toldOfFlood = true;
      return;
    }
    toldOfFlood = false;
    const handoff = readHandoff(additionalData);
    // Not one of ours (an older launcher): someone opened the app again, so show it.
    if (!handoff) {
      target.showWindow();
      return;
    }
    const parsed = parseArgs(handoff.args, routineLookup(allRoutines));
    const reply = !parsed.ok
      ? parsed.error
      : parsed.request.command?.kind === 'help'
        ? cliHelp()
        : runCliRequest(parsed.request, target);
    writeReply(app.getPath('userData'), handoff.replyId, reply).catch((error: unknown) =>
      log('could not answer a second launch', error),
    );
  };
  for (const additionalData of waiting.splice(0)) answer(additionalData);
}

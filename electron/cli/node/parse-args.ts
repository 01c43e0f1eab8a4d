import { PAUSE_CHOICES, type PauseChoice } from '../../breaks/common/break-channels';
import { t } from '../../i18n/common/translate';

/** What one launch of `limber …` asks for. */
export type CliCommand =
  | { kind: 'start'; routineId: string | null }
  | { kind: 'pause'; choice: PauseChoice }
  | { kind: 'resume' }
  | { kind: 'focus'; on: boolean }
  | { kind: 'status' }
  | { kind: 'help' };

export interface CliRequest {
  /** null: just open (or, with `hidden`, just run in the tray). */
  command: CliCommand | null;
  /** Start without showing the window (what a login item passes). */
  hidden: boolean;
}

export type CliParseResult = { ok: true; request: CliRequest } | { ok: false; error: string };

/** `limber --help`, in the active language (the command line resolves it as main does: launch-locale.ts). */
export const cliHelp = (): string => t('main.cli.help');

const OUR_OPTIONS = new Set(['start', 'pause', 'resume', 'focus', 'status', 'hidden', 'help']);

/**
 * Switches Electron, Chromium or the OS put on the command line that are not ours to judge:
 * anything with an inline value (`--ozone-platform=wayland`), the common bare ones launchers add,
 * and macOS's process serial number. Any other unknown `--word` is a typo and gets an error.
 */
const FOREIGN_BARE_SWITCHES = new Set([
  'disable-gpu',
  'enable-logging',
  'enable-wayland-ime',
  'in-process-gpu',
  'disable-software-rasterizer',
]);

/**
 * Switches that would open Limber to other programs or weaken its protection: a debugger port any
 * local program can drive (`--remote-debugging-*`, `--inspect*`), V8 flags, no sandbox, no web
 * security, file access. Refused on every launch, the first one too, with or without a value.
 */
const REFUSED_SWITCH =
  /^--(no-sandbox|disable-gpu-sandbox|disable-web-security|allow-file-access-from-files|js-flags|remote-debugging-[a-z-]+|remote-allow-origins|inspect(-[a-z-]+)?)(=|$)/;
const isForeignSwitch = (arg: string) =>
  arg.startsWith('-psn_') ||
  arg.startsWith('--squirrel-') ||
  (arg.startsWith('--') &&
    !OUR_OPTIONS.has(optionName(arg)) &&
    (arg.includes('=') || FOREIGN_BARE_SWITCHES.has(arg.slice(2))));

function optionName(arg: string): string {
  const body = arg.replace(/^--?/, '');
  const eq = body.indexOf('=');
  return eq === -1 ? body : body.slice(0, eq);
}

/**
 * The launch's own arguments from `process.argv`: without the executable and, when run unpackaged
 * (`electron [switches] <app path> [options]`, `defaultApp`), without the app path — the first
 * argument that is not a switch, which tools such as Playwright put after switches of their own.
 */
export function launchArgs(argv: readonly string[], defaultApp: boolean): string[] {
  const args = argv.slice(1);
  if (!defaultApp) return args;
  const appPath = args.findIndex((arg) => !arg.startsWith('-'));
  return appPath === -1 ? args : [...args.slice(0, appPath), ...args.slice(appPath + 1)];
}

const ROUTINE_ID = /^[a-z0-9-]{1,40}$/;

/**
 * What `--start` may name: the ids as a list, or a lookup that also knows the person's own routines
 * by name ("My physio routine", any case) and answers the id, with the choices to list when it fails.
 */
export type RoutineLookup = readonly string[] | { resolve: (value: string) => string | null; choices: () => readonly string[] };

const resolveRoutine = (lookup: RoutineLookup, value: string): string | null =>
  'resolve' in lookup ? lookup.resolve(value) : ROUTINE_ID.test(value) && lookup.includes(value) ? value : null;
const routineChoices = (lookup: RoutineLookup): readonly string[] => ('resolve' in lookup ? lookup.choices() : lookup);

/** A lookup over routines by id, or by name ignoring case and spaces around it (own names are at most 60 characters). */
export function routineLookup(routines: () => ReadonlyArray<{ id: string; name: string }>): RoutineLookup {
  return {
    resolve: (value) => {
      const wanted = value.trim().toLocaleLowerCase();
      if (wanted.length === 0 || wanted.length > 60) return null;
      const list = routines();
      return (list.find((r) => r.id === value) ?? list.find((r) => r.name.toLocaleLowerCase() === wanted))?.id ?? null;
    },
    choices: () => routines().map((r) => (ROUTINE_ID.test(r.id) && !r.id.startsWith('own-') ? r.id : JSON.stringify(r.name))),
  };
}

/** How this process was launched, where it changes what is accepted. */
export interface LaunchFacts {
  /** Started from an AppImage (its runtime sets APPIMAGE), whose launcher may add --no-sandbox. */
  appImage?: boolean;
}

/**
 * Reads Limber's options from the arguments after the executable (and, unpackaged, after the app
 * path). Pure: `routineIds` are the routines `--start` may name. One command at a time, plus
 * `--hidden`; values may follow a space or an `=` (`--pause 1h`, `--pause=1h`).
 */
export function parseArgs(args: readonly string[], routineIds: RoutineLookup, launch: LaunchFacts = {}): CliParseResult {
  const commands: CliCommand[] = [];
  let hidden = false;
  const fail = (problem: string): CliParseResult => ({ ok: false, error: t('main.cli.tryHelp', { problem }) });

  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    // The AppImage's own launcher adds --no-sandbox where user namespaces are restricted (Ubuntu
    // 24.04+); refusing it there would stop the AppImage starting at all. Anywhere else it is refused.
    if (arg === '--no-sandbox' && launch.appImage === true) continue;
    if (REFUSED_SWITCH.test(arg))
      return fail(t('main.cli.refused', { option: arg.split('=')[0] ?? arg }));
    if (isForeignSwitch(arg)) continue;
    if (arg === '-h') {
      commands.push({ kind: 'help' });
      continue;
    }
    if (!arg.startsWith('--')) return fail(t('main.cli.unexpected', { arg }));
    const name = optionName(arg);
    const inline = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : null;
    // A value is the inline one, or the next argument if it is not itself an option.
    const takeValue = (): string | null => {
      if (inline !== null) return inline;
      const next = args[i + 1];
      if (next === undefined || next.startsWith('-')) return null;
      i++;
      return next;
    };
    const noValue = () => inline === null;

    switch (name) {
      case 'start': {
        const value = takeValue();
        const routineId = value === null ? null : resolveRoutine(routineIds, value);
        if (value !== null && routineId === null) {
          return fail(t('main.cli.noRoutine', { routine: value.slice(0, 60), routines: routineChoices(routineIds).join(', ') }));
        }
        commands.push({ kind: 'start', routineId });
        break;
      }
      case 'pause': {
        const choice = takeValue();
        if (!PAUSE_CHOICES.includes(choice as PauseChoice))
          return fail(t('main.cli.pauseNeeds', { choices: PAUSE_CHOICES.join(', ') }));
        commands.push({ kind: 'pause', choice: choice as PauseChoice });
        break;
      }
      case 'focus': {
        const value = takeValue();
        if (value !== 'on' && value !== 'off') return fail(t('main.cli.focusNeeds'));
        commands.push({ kind: 'focus', on: value === 'on' });
        break;
      }
      case 'resume':
      case 'status':
      case 'help':
        if (!noValue()) return fail(t('main.cli.takesNoValue', { option: name }));
        commands.push({ kind: name });
        break;
      case 'hidden':
        if (!noValue()) return fail(t('main.cli.takesNoValue', { option: 'hidden' }));
        hidden = true;
        break;
      default:
        return fail(t('main.cli.unknownOption', { arg }));
    }
  }

  if (commands.some((c) => c.kind === 'help')) return { ok: true, request: { command: { kind: 'help' }, hidden } };
  if (commands.length > 1) return fail(t('main.cli.oneCommand'));
  return { ok: true, request: { command: commands[0] ?? null, hidden } };
}

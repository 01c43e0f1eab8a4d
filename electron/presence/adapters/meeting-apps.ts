// The last resort, off until the user lists apps: "in a meeting" while a named process runs. Crude
// (Teams or Slack may run all day), which is why it is opt-in. Process names come from
// /proc/*/comm on Linux (no process spawned), `tasklist` on Windows, `ps` on macOS.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { PresenceFinding, PresenceProbe, ProbeContext } from '../../ports/presence';
import { firstLine, runCommand, type CommandRunner } from './command';
import { t } from '../../i18n/common/translate';

/** Linux cuts process names (comm) to 15 bytes; compare listed names cut the same way. */
const LINUX_COMM_LENGTH = 15;

function normalise(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/\.(exe|app)$/, '');
}

/** The listed apps that are running, in the user's spelling; case-insensitive, ".exe" optional. */
export function matchMeetingApps(
  listed: readonly string[],
  running: readonly string[],
  commLength = Infinity,
): string[] {
  const names = new Set(running.map((n) => normalise(n).slice(0, commLength)));
  return listed.filter((app) => app.trim() !== '' && names.has(normalise(app).slice(0, commLength)));
}

/** `tasklist /fo csv /nh` → image names ("Zoom.exe"). */
export function parseTasklistCsv(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => /^"((?:[^"]|"")*)"/.exec(line)?.[1]?.replace(/""/g, '"'))
    .filter((name): name is string => Boolean(name));
}

/** `ps -axco command` → command names (the first line is the COMMAND header). */
export function parsePsCommands(text: string): string[] {
  return text
    .split('\n')
    .slice(1)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Every readable /proc/<pid>/comm. */
export async function linuxProcessNames(procRoot = '/proc'): Promise<string[]> {
  const pids = (await readdir(procRoot)).filter((entry) => /^\d+$/.test(entry));
  const names = await Promise.all(pids.map((pid) => readFile(join(procRoot, pid, 'comm'), 'utf8').catch(() => '')));
  return names.map((n) => n.trim()).filter(Boolean);
}

export type ProcessLister = (signal: AbortSignal) => Promise<string[]>;

export interface MeetingAppsOptions {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  run?: CommandRunner;
  procRoot?: string;
}

export function processLister({ platform, env, run = runCommand, procRoot }: MeetingAppsOptions): ProcessLister {
  const listWith =
    (file: string, args: string[], parse: (text: string) => string[]): ProcessLister =>
    async (signal) => {
      const out = await run(file, args, { env, signal });
      if (out.code !== 0) throw new Error(`${file}: ${firstLine(out.stderr) || t('main.presence.reason.exitCodeOf', { code: String(out.code) })}`);
      return parse(out.stdout);
    };
  if (platform === 'win32') return listWith('tasklist', ['/fo', 'csv', '/nh'], parseTasklistCsv);
  if (platform === 'darwin') return listWith('ps', ['-axco', 'command'], parsePsCommands);
  return () => linuxProcessNames(procRoot);
}

export function meetingAppsProbe(options: MeetingAppsOptions): PresenceProbe {
  const list = processLister(options);
  const commLength = options.platform === 'linux' ? LINUX_COMM_LENGTH : Infinity;
  return {
    name: 'meeting apps running (process list)',
    label: () => t('main.presence.probe.meetingApps'),
    uses: ['meetingApps'],
    async read({ signal, switches }: ProbeContext): Promise<PresenceFinding[]> {
      const running = matchMeetingApps(switches.meetingApps, await list(signal), commLength);
      return [
        {
          via: 'meetingApps',
          value: running.length > 0,
          reason: running.length ? t('main.presence.reason.meetingApp', { apps: running.join(', ') }) : null,
        },
      ];
    },
  };
}

// A throwaway Linux desktop for the notification tests: a private D-Bus session bus (no service
// activation, so nothing outside the test can answer on it), Xvfb, dunst as the notification server
// and dbus-monitor capturing org.freedesktop.Notifications traffic. Every child is tracked and killed.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { accessSync, constants, chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Readable } from 'node:stream';

/** Binaries the tests run, and the Debian package each comes from (see .ci/apt-packages.txt). */
export const REQUIRED_BINARIES: Readonly<Record<string, string>> = {
  'dbus-daemon': 'dbus-daemon',
  'dbus-monitor': 'dbus-bin',
  'dbus-send': 'dbus-bin',
  Xvfb: 'xvfb',
  dunst: 'dunst',
  dunstctl: 'dunst',
  'notify-send': 'libnotify-bin',
};

/** Throws one clear sentence naming every missing binary and its package. */
export function requireBinaries(
  binaries: Readonly<Record<string, string>> = REQUIRED_BINARIES,
  who = 'The notification integration test',
): void {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const missing = Object.entries(binaries).filter(
    ([bin]) =>
      !dirs.some((d) => {
        try {
          accessSync(join(d, bin), constants.X_OK);
          return true;
        } catch {
          return false;
        }
      }),
  );
  if (missing.length) {
    const pkgs = [...new Set(missing.map(([, p]) => p))].join(' ');
    throw new Error(
      `${who} needs ${missing.map(([b]) => b).join(', ')} on PATH; ` +
        `install them with: apt-get install ${pkgs} (listed in .ci/apt-packages.txt).`,
    );
  }
}

interface Tracked {
  name: string;
  child: ChildProcess;
  output: string;
}

const BUS_CONFIG = (
  socketDir: string,
): string => `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=${socketDir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;

export class ProcessGroup {
  readonly dir = mkdtempSync(join(tmpdir(), 'limber-notify-'));
  private readonly procs: Tracked[] = [];
  /** Every command line spawned, for the test log. */
  readonly commands: string[] = [];

  spawn(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv, extraFd = false): Tracked {
    this.commands.push([cmd, ...args].map((a) => (/[\s'"]/.test(a) ? JSON.stringify(a) : a)).join(' '));
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe', ...(extraFd ? (['pipe'] as const) : [])] });
    const t: Tracked = { name, child, output: '' };
    child.stdout?.setEncoding('utf8').on('data', (s: string) => (t.output += s));
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (t.output += s));
    child.on('error', (e) => (t.output += `\n[spawn error] ${e.message}`));
    this.procs.push(t);
    return t;
  }

  /** SIGTERM everything (newest first), SIGKILL what is left after a second; removes the temp dir. */
  async stopAll(): Promise<void> {
    const alive = this.procs.splice(0).reverse();
    await Promise.all(
      alive.map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
            const kill = setTimeout(() => child.kill('SIGKILL'), 1_000);
            child.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Last resort when the worker exits without running afterAll. */
  killSync(): void {
    for (const { child } of this.procs) if (child.exitCode === null) child.kill('SIGKILL');
  }

  describe(): string {
    return this.procs.map((p) => `--- ${p.name} (pid ${p.child.pid ?? '?'}):\n${p.output.slice(-2000)}`).join('\n');
  }
}

export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  ms = 5_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`Timed out after ${ms} ms waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeout = 5_000,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { env, timeout, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts a private session bus with no activatable services; resolves its address. */
export async function startBus(group: ProcessGroup, label: string): Promise<string> {
  const dir = mkdtempSync(join(group.dir, `${label}-`));
  const conf = join(dir, 'bus.conf');
  writeFileSync(conf, BUS_CONFIG(dir));
  const bus = group.spawn(
    label,
    'dbus-daemon',
    [`--config-file=${conf}`, '--print-address=1', '--nofork', '--nopidfile'],
    {
      PATH: process.env.PATH,
    },
  );
  return waitFor(`${label} to print its address`, () => /^(unix:\S+)\n/m.exec(bus.output)?.[1]);
}

/** Starts Xvfb on the first free display (-displayfd), with extraArgs (e.g. -auth); resolves ":N". */
export async function startXvfb(group: ProcessGroup, extraArgs: string[] = []): Promise<string> {
  const x = group.spawn(
    'Xvfb',
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1024x768x24', '-nolisten', 'tcp', ...extraArgs],
    { PATH: process.env.PATH },
    true,
  );
  let fd3 = '';
  (x.child.stdio[3] as Readable | null)?.setEncoding('utf8').on('data', (s: string) => (fd3 += s));
  const n = await waitFor('Xvfb to report its display number', () => /^(\d+)\n/.exec(fd3)?.[1]);
  return `:${n}`;
}

export interface Desktop {
  busAddress: string;
  display: string;
  /** Environment for clients on this desktop. */
  env: NodeJS.ProcessEnv;
  monitor: { output: () => string };
  /** Makes dunst's context menu (our dmenu stand-in) pick this action, as a user choosing it would. */
  chooseInMenu(action: string): void;
  /** What dunst offered in its last context menu. */
  lastMenu(): string;
}

/** Bus + Xvfb + dunst + dbus-monitor. */
export async function startDesktop(group: ProcessGroup): Promise<Desktop> {
  const busAddress = await startBus(group, 'dbus-daemon');
  const display = await startXvfb(group);
  const dir = group.dir;
  mkdirSync(join(dir, 'config'), { recursive: true });
  const menuScript = join(dir, 'pick-action.sh');
  const choiceFile = join(dir, 'choice');
  const menuFile = join(dir, 'menu.txt');
  writeFileSync(choiceFile, '');
  // dunst pipes its context menu ("#Snooze 5 min (Title) [7,snooze]" per action) to dmenu and runs
  // the line it prints back; this stand-in prints the line for the action the test chose.
  writeFileSync(menuScript, `#!/bin/sh\ntee '${menuFile}' | grep -F ",$(cat '${choiceFile}')]" | head -n 1\n`);
  chmodSync(menuScript, 0o755);
  const rc = join(dir, 'dunstrc');
  writeFileSync(rc, `[global]\n    font = Monospace 8\n    dmenu = ${menuScript}\n    browser = /bin/false\n`);

  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    XDG_CONFIG_HOME: join(dir, 'config'),
    XDG_RUNTIME_DIR: dir,
    DISPLAY: display,
    DBUS_SESSION_BUS_ADDRESS: busAddress,
    LANG: 'C.UTF-8',
  };
  const monitor = group.spawn(
    'dbus-monitor',
    'dbus-monitor',
    [
      '--address',
      busAddress,
      "type='method_call',interface='org.freedesktop.Notifications',member='Notify'",
      "type='method_call',interface='org.freedesktop.Notifications',member='CloseNotification'",
      "type='signal',interface='org.freedesktop.Notifications'",
    ],
    env,
  );
  // A monitor's own name is taken away when it becomes a monitor: that signal means it is capturing.
  await waitFor('dbus-monitor to start capturing', () =>
    monitor.output.includes('member=NameLost') ? true : undefined,
  );

  group.spawn('dunst', 'dunst', ['-config', rc], env);
  await waitFor('dunst to own org.freedesktop.Notifications', async () => {
    const r = await run(
      'dbus-send',
      [
        '--session',
        '--print-reply',
        '--dest=org.freedesktop.DBus',
        '/org/freedesktop/DBus',
        'org.freedesktop.DBus.NameHasOwner',
        'string:org.freedesktop.Notifications',
      ],
      env,
    );
    return r.stdout.includes('boolean true') ? true : undefined;
  });

  return {
    busAddress,
    display,
    env,
    monitor: { output: () => monitor.output },
    chooseInMenu: (action) => writeFileSync(choiceFile, action),
    lastMenu: () => {
      try {
        return readFileSync(menuFile, 'utf8');
      } catch {
        return '';
      }
    },
  };
}

export interface NotifyCall {
  appName: string;
  replacesId: number;
  icon: string;
  summary: string;
  body: string;
  actions: string[];
  /** The hints' `urgency` byte (0 low, 1 normal, 2 critical); null when the hint was not sent. */
  urgency: number | null;
  expireTimeout: number;
}

/** Notify method calls in dbus-monitor's text output (single-line strings). */
export function parseNotifyCalls(text: string): NotifyCall[] {
  const calls: NotifyCall[] = [];
  const re =
    /^method call .*member=Notify\n {3}string "(.*)"\n {3}uint32 (\d+)\n {3}string "(.*)"\n {3}string "(.*)"\n {3}string "(.*)"\n {3}array \[\n((?: {6}string ".*"\n)*) {3}\]\n((?:(?: {3,}.*| {3}\]| {3}array \[)\n)*?) {3}int32 (-?\d+)$/gm;
  for (const m of text.matchAll(re)) {
    const urgency = /string "urgency"\n\s+variant\s+byte (\d+)/.exec(m[7] ?? '')?.[1];
    calls.push({
      appName: m[1] ?? '',
      replacesId: Number(m[2]),
      icon: m[3] ?? '',
      summary: m[4] ?? '',
      body: m[5] ?? '',
      actions: [...(m[6] ?? '').matchAll(/string "(.*)"/g)].map((a) => a[1] ?? ''),
      urgency: urgency === undefined ? null : Number(urgency),
      expireTimeout: Number(m[8]),
    });
  }
  return calls;
}

/** ActionInvoked signals (id, action key) in dbus-monitor's output. */
export function parseActionInvoked(text: string): Array<{ id: number; action: string }> {
  const re = /^signal .*member=ActionInvoked\n {3}uint32 (\d+)\n {3}string "(.*)"$/gm;
  return [...text.matchAll(re)].map((m) => ({ id: Number(m[1]), action: m[2] ?? '' }));
}

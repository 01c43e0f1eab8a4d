import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Bundles the stand-in Electron, its resolve hook and the hook's registration into a temp folder. */
export async function buildStandIn(): Promise<string> {
  const outdir = await mkdtemp(join(tmpdir(), 'limber-stand-in-'));
  const dir = join(import.meta.dirname, 'stand-in');
  await build({
    entryPoints: { electron: join(dir, 'index.ts'), hooks: join(dir, 'hooks.ts'), register: join(dir, 'register.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return outdir;
}

export interface MainRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The run's own folder (user data, XDG data and config homes unless the test gave others). */
  work: string;
  /** What the stand-in saw (tests/startup/stand-in/scenario.ts); null if the process never wrote it. */
  report: Record<string, unknown> | null;
  /** The process was still running after the time allowed and was killed. */
  timedOut: boolean;
  /** The text of limber.log in the user-data folder after the run ('' when there is none). */
  logFile: string;
  /** Milliseconds from the scenario's app.quit() to the process ending on its own. */
  exitAfterQuitMs: number | null;
}

export interface MainRunOptions {
  standInDir: string;
  /** The folder holding dist/ and node_modules/ (the repository, or an unpacked asar). */
  appRoot: string;
  args?: string[];
  /**
   * 'full': the whole life (start, use, quit); 'launch': start with the given options, then quit;
   * 'exits': ready, then main must end by itself (--help, a bad option, a second launch);
   * 'no-tray', 'late-tray': desktops without a tray host, or with one that comes late
   * (stand-in/desktop-scenarios.ts); 'language': what main says at start and after a change of
   * language in Settings (stand-in/language-scenario.ts); 'hidden-window': the closed window
   * destroyed after its grace period and made again on demand (stand-in/hidden-window-scenario.ts).
   */
  scenario: 'full' | 'launch' | 'exits' | 'no-tray' | 'late-tray' | 'language' | 'hidden-window';
  userDataDir?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** Runs the built main.js under plain Node with the stand-in in place of `electron`. */
export async function runMain(options: MainRunOptions): Promise<MainRun> {
  const work = await mkdtemp(join(tmpdir(), 'limber-startup-'));
  const reportFile = join(work, 'report.json');
  // dbus-send, as main's tray-host check runs it: a desktop whose tray host is there unless the
  // test says otherwise (LIMBER_STAND_IN_TRAY_HOST=false: never; LIMBER_STAND_IN_TRAY_HOST_AT: from
  // that epoch second on), so no real session bus is asked. The stand-in's Tray asks the same.
  await mkdir(join(work, 'bin'));
  await writeFile(
    join(work, 'bin', 'dbus-send'),
    [
      '#!/bin/sh',
      'host="${LIMBER_STAND_IN_TRAY_HOST:-true}"',
      'if [ -n "$LIMBER_STAND_IN_TRAY_HOST_AT" ] && [ "$(date +%s)" -lt "$LIMBER_STAND_IN_TRAY_HOST_AT" ]; then host=false; fi',
      'echo "   boolean $host"',
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  const child = spawn(
    process.execPath,
    [
      '--import',
      pathToFileURL(join(options.standInDir, 'register.mjs')).href,
      join(options.appRoot, 'dist', 'main', 'main.js'),
      ...(options.args ?? []),
    ],
    {
      cwd: options.appRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        LIMBER_USER_DATA_DIR: options.userDataDir ?? join(work, 'user-data'),
        LIMBER_ELECTRON_STAND_IN: pathToFileURL(join(options.standInDir, 'electron.mjs')).href,
        LIMBER_STAND_IN_REPORT: reportFile,
        LIMBER_STAND_IN_SCENARIO: options.scenario,
        PATH: `${join(work, 'bin')}${delimiter}${process.env['PATH'] ?? ''}`,
        // Where a desktop file (desktop-entry.ts) would go: never the real home of whoever runs this.
        XDG_DATA_HOME: join(work, 'data-home'),
        XDG_DATA_DIRS: join(work, 'data-dirs'),
        XDG_CONFIG_HOME: join(work, 'config-home'),
        // An English desktop unless the test says otherwise: main follows the system's language.
        LANGUAGE: '',
        LC_ALL: '',
        LC_MESSAGES: '',
        LANG: 'en_US.UTF-8',
        ...options.env,
      },
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 30_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  const endedAt = Date.now();
  clearTimeout(timer);
  const report = await readFile(reportFile, 'utf8').then(
    (text) => JSON.parse(text) as Record<string, unknown>,
    () => null,
  );
  const quitAt = typeof report?.['quitAt'] === 'number' ? report['quitAt'] : null;
  const logFile = await readFile(join(options.userDataDir ?? join(work, 'user-data'), 'limber.log'), 'utf8').catch(() => '');
  return { code, stdout, stderr, report, logFile, timedOut, work, exitAfterQuitMs: quitAt === null ? null : endedAt - quitAt };
}

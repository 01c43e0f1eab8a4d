// `npm test`: every check, laid out for a small machine (CI has 2 cores), in two lanes side by side,
// then one stage alone:
//   checks    (CPU-bound): both type-checks and lint at once, then unit, then e2e
//   real time (mostly waiting on real processes), after the build: integration (all but the timed
//             files), then start-up, then the package check (side by side, their runs of main.js
//             timed out on a busy machine)
//   alone     the real-time timing tests (TIMED_FILES), once both lanes are done: they judge
//             lateness in milliseconds and must not share the cores with two e2e Chromiums. The two
//             run side by side, their measured spans started together (see timedStage).
// (Not `nice`: on a machine shared with other work, niced checks were starved to a tenth of their
// speed.) Each stage's output is printed whole when it ends, then a table of what took how long.
// Every stage runs even when another fails (one CI run reports every failure); the exit code is
// non-zero if any failed.
// Run one stage alone with its npm script (`npm run test:unit`, `npm run test:e2e`, ...).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => `${root}node_modules/.bin/${name}`;

/** @typedef {{ name: string, command: string[], env?: Record<string, string> }} Stage */

/**
 * The tests that judge timing in real time (a routine spoken aloud, cues of a hidden window, each
 * within 300 ms): run last, alone, on a quiet machine. Beside the e2e run's two Chromiums on a
 * 2-core machine, the hidden window's cues came 930-990 ms late (2026-12-07); alone, 6-19 ms.
 */
const TIMED_FILES = ['tests/integration/hidden-cues.test.ts', 'tests/integration/speech.test.ts'];

/**
 * The two timed files run side by side, each in its own vitest process: their measured spans are
 * nearly all waiting, and each waits for the other's start-up to end before its span starts
 * (tests/support/timed-rendezvous.ts), so neither span meets a start-up or a tear-down.
 */
const rendezvousDir = mkdtempSync(join(tmpdir(), 'limber-timed-'));
const TIMED_ENV = { LIMBER_TIMED_DIR: rendezvousDir, LIMBER_TIMED_PEERS: 'hidden-cues,speech' };
const timedStage = (name, file) => ({ name, command: [bin('vitest'), 'run', '--config', 'vitest.integration.config.ts', file], env: TIMED_ENV });

/** @type {Record<string, Stage>} */
const STAGES = {
  build: { name: 'build', command: ['node', 'scripts/build.mjs'] },
  typecheckMain: { name: 'typecheck (main, tests)', command: [bin('tsc'), '-p', 'tsconfig.json'] },
  typecheckRenderer: { name: 'typecheck (renderer)', command: [bin('tsc'), '-p', 'renderer'] },
  lint: { name: 'lint', command: [bin('eslint'), '--max-warnings=0', '.'] },
  unit: { name: 'unit', command: [bin('vitest'), 'run'] },
  e2e: { name: 'e2e', command: [bin('playwright'), 'test', '--project=e2e'] },
  integration: {
    name: 'integration',
    command: [bin('vitest'), 'run', '--config', 'vitest.integration.config.ts', ...TIMED_FILES.flatMap((f) => ['--exclude', f])],
  },
  timedHidden: timedStage('timed: hidden cues', TIMED_FILES[0]),
  timedSpeech: timedStage('timed: speech', TIMED_FILES[1]),
  startup: { name: 'start-up', command: [bin('vitest'), 'run', '--config', 'vitest.startup.config.ts'] },
  package: { name: 'package', command: ['node', 'scripts/check-package.mjs'] },
};

const t0 = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const clock = () => `[${seconds(Date.now() - t0).padStart(8)}]`;
/** @type {Array<{ name: string, lane: string, startMs: number, ms: number, ok: boolean | null }>} */
const results = [];
/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();

/** Runs one stage with its output held back, then prints it whole; resolves to whether it passed. */
function run(stage, lane) {
  const { command } = stage;
  const startMs = Date.now() - t0;
  console.log(`${clock()} ${lane}: ${stage.name} started`);
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { cwd: root, env: { ...process.env, ...stage.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    /** @type {Buffer[]} */
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const finish = (ok, note = '') => {
      running.delete(child);
      const ms = Date.now() - t0 - startMs;
      results.push({ name: stage.name, lane, startMs, ms, ok });
      const rule = `──── ${stage.name}: ${ok ? 'passed' : 'FAILED'} in ${seconds(ms)}${note} `;
      process.stdout.write(`\n${rule.padEnd(100, '─')}\n${Buffer.concat(output).toString('utf8')}\n`);
      console.log(`${clock()} ${lane}: ${stage.name} ${ok ? 'passed' : 'FAILED'} (${seconds(ms)})`);
      resolve(ok);
    };
    child.on('error', (error) => finish(false, ` (could not start: ${error.message})`));
    child.on('close', (code, signal) => finish(code === 0, signal ? ` (ended by ${signal})` : ''));
  });
}

/** Lists stages that cannot run (the build failed) in the table, as not run. */
function notRun(stages, lane) {
  for (const stage of stages) results.push({ name: stage.name, lane, startMs: Date.now() - t0, ms: 0, ok: null });
}

// A stopped `npm test` (Ctrl+C, a CI timeout) stops every stage it started.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of running) child.kill(signal);
    process.exit(130);
  });
}

const s = STAGES;
const built = run(s.build, 'build');

const checks = (async () => {
  // Type-checks and lint need no build: they start at once, side by side. Unit needs none either.
  await Promise.all([run(s.typecheckMain, 'checks'), run(s.typecheckRenderer, 'checks'), run(s.lint, 'checks')]);
  await run(s.unit, 'checks');
  if (await built) await run(s.e2e, 'checks');
  else notRun([s.e2e], 'checks');
})();

const realTime = (async () => {
  if (!(await built)) return notRun([s.integration, s.startup, s.package], 'real time');
  for (const stage of [s.integration, s.startup, s.package]) await run(stage, 'real time');
})();

await Promise.all([checks, realTime]);
if (await built) await Promise.all([run(s.timedHidden, 'alone'), run(s.timedSpeech, 'alone')]);
else notRun([s.timedHidden, s.timedSpeech], 'alone');
rmSync(rendezvousDir, { recursive: true, force: true });
const failed = results.filter((r) => r.ok !== true);
console.log(`\n${'stage'.padEnd(26)}${'lane'.padEnd(12)}${'from'.padStart(9)}${'took'.padStart(9)}  result`);
for (const r of results.sort((a, b) => a.startMs - b.startMs)) {
  console.log(`${r.name.padEnd(26)}${r.lane.padEnd(12)}${seconds(r.startMs).padStart(9)}${seconds(r.ms).padStart(9)}  ${r.ok === null ? 'not run (the build failed)' : r.ok ? 'passed' : 'FAILED'}`);
}
console.log(`\nnpm test: ${failed.length === 0 ? 'every stage passed' : `${failed.length} stage(s) failed or not run`} in ${seconds(Date.now() - t0)}`);
process.exit(failed.length === 0 ? 0 : 1);

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The two real-time timing tests (tests/integration/hidden-cues.test.ts and speech.test.ts) run side
 * by side in `npm test` (scripts/test.mjs), each in its own vitest process. Their measured spans are
 * nearly all waiting (a throttled hidden tab; espeak-ng speaking), but their start-ups are not: a
 * headed Chromium on Xvfb, and PulseAudio plus speech-dispatcher listing its 13,000 voices, which
 * made the hidden window's cues 310 ms late when the two simply ran at once. So each test waits here
 * for the other at the start of its measured span ('start') and again at its end ('end'), before
 * anything is torn down: the two spans overlap each other only, never a start-up or a tear-down.
 *
 * Set by scripts/test.mjs: LIMBER_TIMED_DIR (a fresh folder) and LIMBER_TIMED_PEERS (the names of
 * every test that meets there). Unset (a test run alone, the bench), nothing waits.
 */
export type RendezvousPoint = 'start' | 'end';

const POLL_MS = 50;
/** The longest wait at one point: the speech test's start-up (the voice list) took up to a minute on a busy machine. Add it to a test's timeout per point. */
export const RENDEZVOUS_WAIT_MS = 150_000;

function setup(): { dir: string; peers: string[] } | null {
  const dir = process.env['LIMBER_TIMED_DIR'];
  const peers = (process.env['LIMBER_TIMED_PEERS'] ?? '').split(',').filter(Boolean);
  return dir && peers.length > 0 ? { dir, peers } : null;
}

const mark = (dir: string, name: string, what: string) =>
  writeFileSync(join(dir, `${name}.${what}`), `${Date.now()}\n`);

/**
 * Says `name` reached `point`, then waits until every peer has reached it too, or has left (see
 * leaveRendezvous), or RENDEZVOUS_WAIT_MS passed (then says so and goes on: the test's own figures judge).
 * Resolves how long it waited, ms.
 */
export async function rendezvous(name: string, point: RendezvousPoint): Promise<number> {
  const shared = setup();
  if (!shared) return 0;
  const { dir, peers } = shared;
  mark(dir, name, point);
  const started = Date.now();
  const waitingFor = () =>
    peers.filter(
      (peer) => peer !== name && !existsSync(join(dir, `${peer}.${point}`)) && !existsSync(join(dir, `${peer}.left`)),
    );
  while (waitingFor().length > 0) {
    if (Date.now() - started > RENDEZVOUS_WAIT_MS) {
      console.warn(`[${name}] went on without ${waitingFor().join(', ')} at '${point}' after ${RENDEZVOUS_WAIT_MS} ms`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return Date.now() - started;
}

/** Says `name` will reach no further point (it ended, or failed before its span): no peer waits for it. */
export function leaveRendezvous(name: string): void {
  const shared = setup();
  if (shared) mark(shared.dir, name, 'left');
}

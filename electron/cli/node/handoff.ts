import { chmod, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * How a second `limber …` launch talks to the running one. The arguments travel with Electron's
 * single-instance lock (`requestSingleInstanceLock(additionalData)`); the answer comes back as a
 * small file, `<userData>/cli-replies/<id>.txt`, that the running instance writes and the second
 * launch reads, prints and deletes. A file works the same on every OS, needs no socket path
 * (which has length limits on Unix and another namespace on Windows), and both launches already
 * agree on the user-data folder.
 */
export interface CliHandoff {
  limberCli: 1;
  /** The second launch's own arguments (executable and app path removed). */
  args: string[];
  replyId: string;
}

const REPLY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_ARGS = 20;
const MAX_ARG_LENGTH = 200;

/** The handoff inside a second launch's additionalData, or null if it is not one of ours. */
export function readHandoff(data: unknown): CliHandoff | null {
  if (typeof data !== 'object' || data === null) return null;
  const { limberCli, args, replyId } = data as Record<string, unknown>;
  if (limberCli !== 1 || typeof replyId !== 'string' || !REPLY_ID.test(replyId)) return null;
  if (!Array.isArray(args) || args.length > MAX_ARGS) return null;
  if (!args.every((a): a is string => typeof a === 'string' && a.length <= MAX_ARG_LENGTH)) return null;
  return { limberCli: 1, args, replyId };
}

const replyFile = (userDataDir: string, replyId: string) => join(userDataDir, 'cli-replies', `${replyId}.txt`);

/**
 * Reply files kept at most: a flood of handoffs nobody reads never fills the folder. Past it, the
 * folder is trimmed to the newest KEPT_AFTER_TRIM, and none older than REPLY_MAX_AGE_MS (a reply
 * that old has outlived the launch that waited 5 s for it). Trimming only past the limit keeps the
 * cost of a reply to one readdir; a normal launch deletes its reply itself.
 */
export const MAX_REPLY_FILES = 20;
const KEPT_AFTER_TRIM = 10;
export const REPLY_MAX_AGE_MS = 60_000;

/**
 * Written whole (temporary file, then rename), so the reader never sees half a line; private
 * (0600 in a 0700 folder: a reply may say when the next break is); created exclusively, so a link
 * planted at the temporary name is refused rather than followed. Old and surplus replies are
 * cleaned up after each write.
 */
export async function writeReply(userDataDir: string, replyId: string, text: string, now = Date.now()): Promise<void> {
  if (!REPLY_ID.test(replyId)) throw new Error('Invalid reply id.');
  const file = replyFile(userDataDir, replyId);
  const dir = join(userDataDir, 'cli-replies');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  try {
    await writeFile(`${file}.tmp`, text, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    await chmod(`${file}.tmp`, 0o600);
    await rename(`${file}.tmp`, file);
  } finally {
    await cleanReplies(dir, now);
  }
}

/** Trims the reply folder once it holds more than MAX_REPLY_FILES replies (see there). */
export async function cleanReplies(dir: string, now = Date.now()): Promise<void> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /^[0-9a-f-]{36}\.txt(\.tmp)?$/.test(n));
  if (names.length <= MAX_REPLY_FILES) return;
  const aged: Array<{ name: string; mtime: number }> = [];
  for (const name of names) {
    const info = await stat(join(dir, name)).catch(() => null);
    if (info) aged.push({ name, mtime: info.mtimeMs });
  }
  aged.sort((a, b) => b.mtime - a.mtime);
  const doomed = aged.filter((f, i) => i >= KEPT_AFTER_TRIM || now - f.mtime > REPLY_MAX_AGE_MS);
  await Promise.all(doomed.map((f) => rm(join(dir, f.name), { force: true })));
}

/**
 * How many handed-over commands the running instance carries out: at most `calls` in any `perMs`.
 * Past it a handoff is dropped unanswered (the second launch says Limber did not answer), so a
 * loop of launches can neither flip settings nor write reply files without end.
 */
export function handoffLimiter(now: () => number = () => performance.now(), calls = 10, perMs = 10_000): () => boolean {
  let times: number[] = [];
  return () => {
    const at = now();
    times = times.filter((t) => at - t < perMs);
    if (times.length >= calls) return false;
    times.push(at);
    return true;
  };
}

/** The running instance's answer, or null if none came within `timeoutMs`. The file is removed. */
export async function waitForReply(
  userDataDir: string,
  replyId: string,
  timeoutMs: number,
  pollMs = 50,
): Promise<string | null> {
  const file = replyFile(userDataDir, replyId);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text !== null) {
      await rm(file, { force: true });
      return text;
    }
    if (Date.now() >= deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
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

/** Written whole (temporary file, then rename), so the reader never sees half a line. */
export async function writeReply(userDataDir: string, replyId: string, text: string): Promise<void> {
  if (!REPLY_ID.test(replyId)) throw new Error('Invalid reply id.');
  const file = replyFile(userDataDir, replyId);
  await mkdir(join(userDataDir, 'cli-replies'), { recursive: true });
  await writeFile(`${file}.tmp`, text, 'utf8');
  await rename(`${file}.tmp`, file);
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

import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHandoff, waitForReply, writeReply } from '../../../../electron/cli/node/handoff';

const tempDir = () => mkdtemp(join(tmpdir(), 'limber-cli-'));

describe('readHandoff', () => {
  const replyId = randomUUID();
  it('accepts what a second launch sends', () => {
    expect(readHandoff({ limberCli: 1, args: ['--status'], replyId })).toEqual({
      limberCli: 1,
      args: ['--status'],
      replyId,
    });
  });
  it.each([
    null,
    'text',
    { args: ['--status'], replyId },
    { limberCli: 2, args: [], replyId },
    { limberCli: 1, args: '--status', replyId },
    { limberCli: 1, args: [1], replyId },
    { limberCli: 1, args: Array(21).fill('--resume'), replyId },
    { limberCli: 1, args: ['x'.repeat(201)], replyId },
    { limberCli: 1, args: [], replyId: '../../settings' },
  ])('refuses %j', (data) => expect(readHandoff(data)).toBeNull());
});

describe('reply file', () => {
  it('carries the answer to the waiting launch and is removed after reading', async () => {
    const dir = await tempDir();
    const id = randomUUID();
    const waiting = waitForReply(dir, id, 2_000, 10);
    setTimeout(() => void writeReply(dir, id, 'Stretch break at 14:35'), 50);
    expect(await waiting).toBe('Stretch break at 14:35');
    expect(await readdir(join(dir, 'cli-replies'))).toEqual([]);
  });

  it('gives up after the timeout', async () => {
    const started = Date.now();
    expect(await waitForReply(await tempDir(), randomUUID(), 150, 10)).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it('refuses to write outside its folder', async () => {
    await expect(writeReply(await tempDir(), '../escape', 'x')).rejects.toThrow(/Invalid reply id/);
  });
});

describe('hostile second launches (issue 26)', () => {
  it('reply files are 0600 in a 0700 folder, and a link planted at the temporary name is refused, not followed', async () => {
    const { stat, symlink, writeFile, readFile } = await import('node:fs/promises');
    const dir = await tempDir();
    const id = randomUUID();
    await writeReply(dir, id, 'Stretch break at 14:35');
    expect((await stat(join(dir, 'cli-replies'))).mode & 0o777).toBe(0o700);
    expect((await stat(join(dir, 'cli-replies', `${id}.txt`))).mode & 0o777).toBe(0o600);
    const victim = join(await tempDir(), 'important.txt');
    await writeFile(victim, 'keep me');
    const next = randomUUID();
    await symlink(victim, join(dir, 'cli-replies', `${next}.txt.tmp`));
    await expect(writeReply(dir, next, 'overwritten?')).rejects.toThrow(/EEXIST/);
    expect(await readFile(victim, 'utf8')).toBe('keep me');
  });

  it('5,000 handoffs nobody reads leave at most MAX_REPLY_FILES replies; old ones go at the next trim', async () => {
    const { MAX_REPLY_FILES, REPLY_MAX_AGE_MS } = await import('../../../../electron/cli/node/handoff');
    const { utimes } = await import('node:fs/promises');
    const dir = await tempDir();
    for (let i = 0; i < 5_000; i++) await writeReply(dir, randomUUID(), 'answer');
    const left = await readdir(join(dir, 'cli-replies'));
    expect(left.length).toBeLessThanOrEqual(MAX_REPLY_FILES);
    const old = new Date(Date.now() - REPLY_MAX_AGE_MS - 1_000);
    await Promise.all(left.map((name) => utimes(join(dir, 'cli-replies', name), old, old)));
    for (let i = left.length; i <= MAX_REPLY_FILES; i++) await writeReply(dir, randomUUID(), 'answer'); // the last one trims
    const now = await readdir(join(dir, 'cli-replies'));
    expect(now.filter((name) => left.includes(name))).toEqual([]); // every old one went
    expect(now.length).toBeGreaterThan(0);
  }, 60_000);

  it('carries out at most 10 handed-over commands in any 10 s', async () => {
    const { handoffLimiter } = await import('../../../../electron/cli/node/handoff');
    let clock = 0;
    const allowed = handoffLimiter(() => clock);
    const first = Array.from({ length: 5_000 }, () => allowed());
    expect(first.filter(Boolean)).toHaveLength(10);
    clock += 10_000;
    expect(allowed()).toBe(true);
  });
});

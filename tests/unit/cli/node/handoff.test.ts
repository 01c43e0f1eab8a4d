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

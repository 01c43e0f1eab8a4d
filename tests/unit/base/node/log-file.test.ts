import { lstat, mkdir, mkdtemp, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLogLine, LOG_LINE_MAX, LOG_QUEUE_MAX, LogFile } from '../../../../electron/base/node/log-file';

const at = new Date(Date.UTC(2026, 11, 7, 9, 30));
const tempDir = () => mkdtemp(join(tmpdir(), 'limber-log-'));

describe('formatLogLine', () => {
  it('puts one line per message, with the time, and escapes what another process could smuggle in', () => {
    const line = formatLogLine(at, 'probe said "zoom\nFAKE 2026 line\u001b[31m"');
    expect(line).toBe('2026-12-07T09:30:00.000Z probe said "zoom\\u000aFAKE 2026 line\\u001b[31m"\n');
    expect(line.split('\n')).toHaveLength(2);
  });

  it('cuts a long line and says how much was left out', () => {
    const line = formatLogLine(at, 'x'.repeat(LOG_LINE_MAX + 500));
    expect(line).toContain('… (500 more characters)');
    expect(line.length).toBeLessThan(LOG_LINE_MAX + 80);
  });

  it('adds the error, with its stack when there is one', () => {
    expect(formatLogLine(at, 'failed', new Error('boom'))).toMatch(/failed: Error: boom\\u000a\s+at /);
    expect(formatLogLine(at, 'failed', { code: 7 })).toContain('failed: {"code":7}');
  });
});

describe('LogFile', () => {
  it('appends lines to limber.log in the data folder, private to the user', async () => {
    const dir = await tempDir();
    const log = new LogFile({ dir, now: () => at });
    log.write('started');
    log.write('second');
    await log.flushed();
    expect(await readFile(join(dir, 'limber.log'), 'utf8')).toBe(
      '2026-12-07T09:30:00.000Z started\n2026-12-07T09:30:00.000Z second\n',
    );
    expect((await stat(join(dir, 'limber.log'))).mode & 0o777).toBe(0o600);
  });

  it('rotates at its size, keeping one previous file, so the disk holds at most twice the bound', async () => {
    const dir = await tempDir();
    const log = new LogFile({ dir, maxBytes: 1_000, now: () => at });
    for (let i = 0; i < 100; i++) {
      log.write(`line ${i} ${'.'.repeat(40)}`);
      await log.flushed();
    }
    const current = await readFile(join(dir, 'limber.log'), 'utf8');
    const previous = await readFile(join(dir, 'limber.1.log'), 'utf8');
    expect(Buffer.byteLength(current)).toBeLessThanOrEqual(1_000);
    expect(Buffer.byteLength(previous)).toBeLessThanOrEqual(1_000);
    expect(current).toContain('line 99 ');
    expect(previous.trim().split('\n').at(-1)).toContain(`line ${99 - current.trim().split('\n').length} `);
  });

  it('never writes through a link planted at limber.log, and never throws', async () => {
    const dir = await tempDir();
    const target = join(dir, 'someone-elses-file');
    await writeFile(target, 'theirs\n');
    await symlink(target, join(dir, 'limber.log'));
    const log = new LogFile({ dir, now: () => at });
    expect(() => log.write('hello')).not.toThrow();
    await log.flushed();
    expect(await readFile(target, 'utf8')).toBe('theirs\n');
    expect((await lstat(join(dir, 'limber.log'))).isSymbolicLink()).toBe(true);
  });

  it('gives up quietly when a directory stands where the file should be', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'limber.log'));
    const log = new LogFile({ dir, now: () => at });
    log.write('hello');
    await log.flushed();
    log.write('again');
    await log.flushed();
    expect((await stat(join(dir, 'limber.log'))).isDirectory()).toBe(true);
  });

  it('holds at most a bounded queue while the disk is busy, and says how many lines it dropped', async () => {
    const dir = await tempDir();
    const log = new LogFile({ dir, now: () => at });
    for (let i = 0; i < LOG_QUEUE_MAX * 3; i++) log.write(`burst ${i}`);
    await log.flushed();
    const text = await readFile(join(dir, 'limber.log'), 'utf8');
    const lines = text.trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(LOG_QUEUE_MAX + 2);
    expect(text).toMatch(/\(\d+ log lines dropped/);
    expect(lines.at(-1)).toContain(`burst ${LOG_QUEUE_MAX * 3 - 1}`);
  });
});

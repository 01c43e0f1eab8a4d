// The long-lived helper protocol (Windows' PowerShell in production) with a Node stand-in that
// speaks the same lines: "<id> state" in, "<id> <answer>" out.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESENCE_SWITCHES } from '../../../../electron/presence/common/combine';
import { LineHelper } from '../../../../electron/presence/adapters/line-helper';
import { windowsNotificationStateProbe } from '../../../../electron/presence/adapters/windows-notification-state';

/** Answers each line with `answer` ("#" = the question's ordinal) after `delayMs`; exits after `lives` questions. */
function standIn(answer: string, delayMs = 0, lives = Infinity, now?: () => number): LineHelper {
  const script = `
    let left = ${Number.isFinite(lives) ? lives : -1};
    let asked = 0;
    require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {
      const id = line.split(' ')[0];
      if (left === 0) process.exit(3);
      left--;
      const text = ${JSON.stringify(answer)} === '#' ? String(++asked) : ${JSON.stringify(answer)};
      setTimeout(() => process.stdout.write(id + ' ' + text + '\\n'), ${delayMs});
    });`;
  return new LineHelper({
    file: process.execPath,
    args: ['-e', script],
    env: { PATH: process.env.PATH },
    restartDelayMs: 60_000,
    now,
  });
}

const timeBox = (ms: number) => AbortSignal.timeout(ms);

describe('LineHelper', () => {
  it('starts once and answers many questions', async () => {
    const helper = standIn('5');
    try {
      expect(await helper.ask('state', timeBox(5_000))).toBe('5');
      expect(await helper.ask('state', timeBox(5_000))).toBe('5');
      expect(helper.starts).toBe(1);
    } finally {
      helper.dispose();
    }
  });

  it('never takes a late answer for a later question', async () => {
    const helper = standIn('#', 300);
    try {
      await expect(helper.ask('state', timeBox(100))).rejects.toThrow('did not answer in time');
      // The first question's answer ("1") arrives while this one waits; only its own answer counts.
      expect(await helper.ask('state', timeBox(5_000))).toBe('2');
      expect(helper.starts).toBe(1);
    } finally {
      helper.dispose();
    }
  });

  it('reports a dead helper and waits before starting it again', async () => {
    let now = 0;
    const helper = standIn('5', 0, 1, () => now);
    try {
      expect(await helper.ask('state', timeBox(5_000))).toBe('5');
      await expect(helper.ask('state', timeBox(5_000))).rejects.toThrow(/exited \(code 3\)/);
      await expect(helper.ask('state', timeBox(5_000))).rejects.toThrow(/exited \(code 3\)/);
      expect(helper.starts).toBe(1);
      now = 60_000;
      expect(await helper.ask('state', timeBox(5_000))).toBe('5');
      expect(helper.starts).toBe(2);
    } finally {
      helper.dispose();
    }
  });

  it('says so when the program is missing, and rejects questions after dispose', async () => {
    const missing = new LineHelper({ file: 'limber-no-such-helper', args: [], env: { PATH: process.env.PATH } });
    await expect(missing.ask('state', timeBox(5_000))).rejects.toThrow('limber-no-such-helper is not installed');
    const helper = standIn('5', 10_000);
    const pending = helper.ask('state', timeBox(5_000));
    helper.dispose();
    await expect(pending).rejects.toThrow('was stopped');
    await expect(helper.ask('state', timeBox(5_000))).rejects.toThrow();
  });
});

describe('Windows notification-state probe over the helper', () => {
  const ctx = () => ({ signal: timeBox(5_000), switches: { ...DEFAULT_PRESENCE_SWITCHES } });

  it('turns the state number into findings, and a helper error into a failure', async () => {
    const presenting = windowsNotificationStateProbe({ env: {}, helper: standIn('4') });
    const failing = windowsNotificationStateProbe({ env: {}, helper: standIn('error -2147467259') });
    try {
      expect((await presenting.read(ctx())).map((f) => [f.via, f.value])).toEqual([
        ['fullscreen', true],
        ['dnd', false],
      ]);
      await expect(failing.read(ctx())).rejects.toThrow('SHQueryUserNotificationState failed (error -2147467259)');
    } finally {
      presenting.dispose();
      failing.dispose();
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { CliRequest } from '../../../../electron/cli/node/parse-args';
import { runCliRequest, type CliTarget } from '../../../../electron/cli/node/run-command';

function recordingTarget() {
  const calls: string[] = [];
  const target: CliTarget = {
    startSession: (routineId) => calls.push(`start ${routineId ?? 'default'}`),
    pause: (choice) => calls.push(`pause ${choice}`),
    resume: () => calls.push('resume'),
    setFocus: (on) => calls.push(`focus ${on}`),
    statusLine: () => 'Stretch break at 14:35',
    showWindow: () => calls.push('show'),
  };
  return { calls, target };
}

const run = (request: CliRequest) => {
  const { calls, target } = recordingTarget();
  const line = runCliRequest(request, target);
  return { calls, line };
};

describe('runCliRequest', () => {
  it('maps each command to exactly one call on the target and answers with the schedule', () => {
    expect(run({ command: { kind: 'start', routineId: null }, hidden: false })).toEqual({
      calls: ['start default'],
      line: 'Stretch break at 14:35',
    });
    expect(run({ command: { kind: 'start', routineId: 'sciatica-relief' }, hidden: false }).calls).toEqual([
      'start sciatica-relief',
    ]);
    expect(run({ command: { kind: 'pause', choice: 'tomorrow' }, hidden: false }).calls).toEqual(['pause tomorrow']);
    expect(run({ command: { kind: 'resume' }, hidden: false }).calls).toEqual(['resume']);
    expect(run({ command: { kind: 'focus', on: false }, hidden: false }).calls).toEqual(['focus false']);
    expect(run({ command: { kind: 'status' }, hidden: false })).toEqual({ calls: [], line: 'Stretch break at 14:35' });
  });

  it('shows the window for a plain launch, and not for --hidden', () => {
    expect(run({ command: null, hidden: false }).calls).toEqual(['show']);
    expect(run({ command: null, hidden: true }).calls).toEqual([]);
  });

  it('leaves the window alone for commands other than start', () => {
    expect(run({ command: { kind: 'pause', choice: '1h' }, hidden: false }).calls).not.toContain('show');
  });
});

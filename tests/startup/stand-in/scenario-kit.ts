// What every scenario shares: the report the start-up test judges, and waiting.
import { writeFileSync } from 'node:fs';
import { calls, violations } from './journal';

export const report: Record<string, unknown> = {};
const env = process.env;

export function writeReport(): void {
  report['violations'] = violations;
  report['calls'] = calls;
  if (env['LIMBER_STAND_IN_REPORT']) writeFileSync(env['LIMBER_STAND_IN_REPORT'], JSON.stringify(report, null, 2));
}
// Written at quit too, so a process that fails to end still leaves what it saw.
process.on('exit', (code) => {
  report['exitCode'] = code;
  writeReport();
});

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export async function waitFor(what: string, condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../support/project-root';
import { CHANNELS, EVENTS } from '../../../../electron/ipc/common/contract';
import { CHANNEL_METHODS, EVENT_LISTENERS } from '../../../../electron/ipc/common/names';
import { createApi } from '../../../../electron/ipc/common/window-api';

const methodsOf = (specs: Record<string, { method: string }>) =>
  Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, spec.method]));

describe('IPC names (what the preload is built from)', () => {
  it('are generated from the contract, so a method name is typed once (npm run ipc:names)', () => {
    expect(() => execFileSync(process.execPath, ['scripts/generate-ipc-names.mjs', '--check'], { cwd: projectRoot(), stdio: 'pipe' })).not.toThrow();
  });

  it('lists exactly the contract channels with the same method names', () => {
    expect(CHANNEL_METHODS).toEqual(methodsOf(CHANNELS));
  });

  it('lists exactly the contract events with the same listener names', () => {
    expect(EVENT_LISTENERS).toEqual(methodsOf(EVENTS));
  });

  it('gives every method and listener a distinct name', () => {
    const names = [...Object.values(CHANNEL_METHODS), ...Object.values(EVENT_LISTENERS)];
    expect(new Set(names).size).toBe(names.length);
  });

  it('builds an API whose methods call the right channel and whose listeners subscribe to the right event', async () => {
    const calls: Array<[string, unknown[]]> = [];
    const subscriptions: string[] = [];
    const api = createApi({
      invoke: (channel, args) => {
        calls.push([channel, args]);
        return Promise.resolve(null);
      },
      subscribe: (event) => {
        subscriptions.push(event);
        return () => {};
      },
    }) as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const [channel, method] of Object.entries(CHANNEL_METHODS)) await api[method]!(channel.length);
    for (const listener of Object.values(EVENT_LISTENERS)) api[listener]!(() => {});
    expect(calls).toEqual(Object.keys(CHANNELS).map((channel) => [channel, [channel.length]]));
    expect(subscriptions).toEqual(Object.keys(EVENTS));
    expect(() => api['onNavigate']!('not a function')).toThrow(/needs a function/);
  });
});

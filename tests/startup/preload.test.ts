import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, EVENTS } from '../../electron/ipc/common/contract';
import { appRoot } from './app-root';

/** Parsed on every window load, so it must stay small: names, not schemas. */
const MAX_PRELOAD_BYTES = 10 * 1024;
const preloadFile = join(appRoot, 'dist', 'preload', 'preload.cjs');

interface Exposed {
  key: string;
  api: Record<string, (...args: unknown[]) => unknown>;
}

/**
 * Loads the built preload the way a sandboxed renderer does: a fresh context whose `require`
 * knows only `electron`, here a stand-in that records what the preload exposes and sends.
 */
function loadPreload() {
  const exposed: Exposed[] = [];
  const invoked: Array<[string, unknown[]]> = [];
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Exposed['api']) => exposed.push({ key, api }) },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        invoked.push([channel, args]);
        return Promise.resolve({ ok: true, value: null });
      },
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      },
      removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
        listeners.get(channel)?.delete(listener),
    },
  };
  const module = { exports: {} };
  const require = (name: string) => {
    if (name === 'electron') return electron;
    throw new Error(`A sandboxed preload cannot require ${name}.`);
  };
  runInNewContext(
    readFileSync(preloadFile, 'utf8'),
    { require, module, exports: module.exports },
    { filename: preloadFile },
  );
  return { exposed, invoked, listeners };
}

describe('the built preload', () => {
  let loaded: ReturnType<typeof loadPreload>;
  beforeAll(() => {
    loaded = loadPreload();
  });

  it(`is at most ${MAX_PRELOAD_BYTES / 1024} KB and carries no schemas`, () => {
    expect(statSync(preloadFile).size).toBeLessThanOrEqual(MAX_PRELOAD_BYTES);
    expect(readFileSync(preloadFile, 'utf8')).not.toMatch(/zod|safeParse/i);
  });

  it("exposes window.limber with exactly the contract's methods and listeners", () => {
    expect(loaded.exposed.map((e) => e.key)).toEqual(['limber']);
    const expected = [...Object.values(CHANNELS), ...Object.values(EVENTS)].map((spec) => spec.method).sort();
    expect(Object.keys(loaded.exposed[0]!.api).sort()).toEqual(expected);
    expect(Object.isFrozen(loaded.exposed[0]!.api)).toBe(true);
  });

  it('sends each method on its own channel and delivers each event to its listener until unsubscribed', async () => {
    const api = loaded.exposed[0]!.api;
    await api['pauseReminders']!('1h');
    expect(loaded.invoked).toEqual([['breaks:pause', ['1h']]]);
    const received: unknown[] = [];
    const unsubscribe = api['onNavigate']!((view: unknown) => received.push(view)) as () => void;
    const deliver = (payload: unknown) =>
      loaded.listeners.get('app:navigate')?.forEach((listener) => listener({ sender: 'main' }, payload));
    deliver('settings');
    unsubscribe();
    deliver('home');
    expect(received).toEqual(['settings']);
  });
});

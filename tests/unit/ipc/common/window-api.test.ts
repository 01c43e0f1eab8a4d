import { describe, expect, it } from 'vitest';
import { CHANNELS, EVENTS } from '../../../../electron/ipc/common/contract';
import { createApi } from '../../../../electron/ipc/common/window-api';

describe('createApi', () => {
  it('gives one method per channel that invokes it with its arguments, and one listener per event', async () => {
    const calls: Array<[string, unknown[]]> = [];
    const subscribed: string[] = [];
    const api = createApi({
      invoke: (channel, args) => {
        calls.push([channel, args]);
        return Promise.resolve({ ok: true, value: null });
      },
      subscribe: (event) => {
        subscribed.push(event);
        return () => {};
      },
    }) as unknown as Record<string, (...a: unknown[]) => unknown>;
    expect(Object.keys(api).length).toBe(Object.keys(CHANNELS).length + Object.keys(EVENTS).length);
    await api['pauseReminders']!('1h');
    expect(calls).toEqual([['breaks:pause', ['1h']]]);
    api['onBreakStatus']!(() => {});
    expect(subscribed).toEqual(['breaks:status']);
    expect(() => api['onBreakStatus']!('not a function')).toThrow(TypeError);
  });
});

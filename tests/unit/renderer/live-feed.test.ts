import { describe, expect, it } from 'vitest';
import type { IpcResult } from '@electron/base/common/result';
import { initialLiveState, liveDataReducer, type LiveAction, type LiveView } from '../../../renderer/src/hooks/live-data-state';
import { LiveFeed, type LiveSource } from '../../../renderer/src/hooks/live-feed';

/** A source whose fetches the test resolves by hand, in any order, and whose events it fires. */
function manualSource() {
  const pending: Array<(result: IpcResult<string>) => void> = [];
  const rejects: Array<(error: unknown) => void> = [];
  const listeners = { push: null as ((v: string) => void) | null, refetch: null as (() => void) | null };
  let unsubscribed = 0;
  const source: LiveSource<string> = {
    fetch: () =>
      new Promise((resolve, reject) => {
        pending.push(resolve);
        rejects.push(reject);
      }),
    subscribe: (push, refetch) => {
      listeners.push = push;
      listeners.refetch = refetch;
      return () => unsubscribed++;
    },
  };
  return { source, pending, rejects, listeners, unsubscribed: () => unsubscribed };
}

/** Runs a feed into the real reducer, as the hook does, and exposes what the screen would show. */
function mount(source: LiveSource<string>) {
  let state = initialLiveState<string>();
  const dispatched: Array<LiveAction<string>> = [];
  const feed = new LiveFeed(source, (action) => {
    dispatched.push(action);
    state = liveDataReducer(state, action);
  });
  feed.open();
  return { feed, dispatched, view: (): LiveView<string> => state.view };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const ok = (value: string): IpcResult<string> => ({ ok: true, value });

describe('LiveFeed', () => {
  it('subscribes, fetches once and shows the result', async () => {
    const s = manualSource();
    const m = mount(s.source);
    await settle();
    expect(s.pending).toHaveLength(1);
    s.pending[0]!(ok('fetched'));
    await settle();
    expect(m.view()).toEqual({ kind: 'ready', value: 'fetched' });
  });

  it('an event that arrives before the fetch resolves wins over the older fetch result', async () => {
    const s = manualSource();
    const m = mount(s.source);
    await settle();
    s.listeners.push!('from event');
    s.pending[0]!(ok('older fetch'));
    await settle();
    expect(m.view()).toEqual({ kind: 'ready', value: 'from event' });
  });

  it('of two racing refetches, the one started last wins whatever order they resolve in', async () => {
    const s = manualSource();
    const m = mount(s.source);
    s.listeners.refetch!();
    await settle();
    expect(s.pending).toHaveLength(2);
    s.pending[1]!(ok('newer'));
    s.pending[0]!(ok('older'));
    await settle();
    expect(m.view()).toEqual({ kind: 'ready', value: 'newer' });
  });

  it('ignores results and events after close, and unsubscribes', async () => {
    const s = manualSource();
    const m = mount(s.source);
    await settle();
    m.feed.close();
    expect(s.unsubscribed()).toBe(1);
    s.pending[0]!(ok('late'));
    m.feed.push('late push');
    await settle();
    expect(m.dispatched).toEqual([]);
    expect(m.view()).toEqual({ kind: 'loading' });
  });

  it('turns an error result or a rejected fetch into a message, and retry fetches again', async () => {
    const s = manualSource();
    const m = mount(s.source);
    await settle();
    s.pending[0]!({ ok: false, error: { code: 'failed', message: 'The settings file could not be read.', issues: [] } });
    await settle();
    expect(m.view()).toEqual({ kind: 'failed', message: 'The settings file could not be read.' });

    m.feed.retry();
    expect(m.view()).toEqual({ kind: 'loading' });
    await settle();
    s.rejects[1]!(new Error('Transport closed.'));
    await settle();
    expect(m.view()).toEqual({ kind: 'failed', message: 'Transport closed.' });

    m.feed.retry();
    await settle();
    s.pending[2]!(ok('at last'));
    await settle();
    expect(m.view()).toEqual({ kind: 'ready', value: 'at last' });
  });
});

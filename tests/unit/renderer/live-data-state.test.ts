import { describe, expect, it } from 'vitest';
import { initialLiveState, liveDataReducer, type LiveAction, type LiveState } from '../../../renderer/src/hooks/live-data-state';

const run = (...actions: Array<LiveAction<string>>): LiveState<string> =>
  actions.reduce(liveDataReducer<string>, initialLiveState<string>());

describe('live data state', () => {
  it('starts loading and shows the fetched value', () => {
    expect(run().view).toEqual({ kind: 'loading' });
    expect(run({ type: 'arrived', ticket: 1, value: 'fetched' }).view).toEqual({ kind: 'ready', value: 'fetched' });
  });

  it('keeps a pushed value when the older fetch resolves after it', () => {
    // Fetch 1 starts; main pushes a change (ticket 2) before fetch 1 comes back with older data.
    const state = run({ type: 'arrived', ticket: 2, value: 'pushed' }, { type: 'arrived', ticket: 1, value: 'stale fetch' });
    expect(state.view).toEqual({ kind: 'ready', value: 'pushed' });
  });

  it('takes a newer fetch over an older push, and the newest of racing fetches', () => {
    expect(run({ type: 'arrived', ticket: 1, value: 'push' }, { type: 'arrived', ticket: 2, value: 'refetch' }).view).toEqual({
      kind: 'ready',
      value: 'refetch',
    });
    expect(run({ type: 'arrived', ticket: 3, value: 'second' }, { type: 'arrived', ticket: 2, value: 'first' }).view).toEqual({
      kind: 'ready',
      value: 'second',
    });
  });

  it('ends a failed first fetch in an error, never in endless loading', () => {
    expect(run({ type: 'failed', ticket: 1, message: 'Main is not answering.' }).view).toEqual({
      kind: 'failed',
      message: 'Main is not answering.',
    });
  });

  it('shows loading again on retry, then the value', () => {
    const failed = run({ type: 'failed', ticket: 1, message: 'x' });
    const retrying = liveDataReducer(failed, { type: 'retrying' });
    expect(retrying.view).toEqual({ kind: 'loading' });
    expect(liveDataReducer(retrying, { type: 'arrived', ticket: 2, value: 'ok' }).view).toEqual({ kind: 'ready', value: 'ok' });
  });

  it('never replaces data on screen with an error', () => {
    expect(run({ type: 'arrived', ticket: 1, value: 'good' }, { type: 'failed', ticket: 2, message: 'x' }).view).toEqual({
      kind: 'ready',
      value: 'good',
    });
    // A failure of a fetch older than the pushed value is just as stale as its data would be.
    expect(run({ type: 'arrived', ticket: 2, value: 'pushed' }, { type: 'failed', ticket: 1, message: 'x' }).view).toEqual({
      kind: 'ready',
      value: 'pushed',
    });
  });

  it('a pushed value clears an earlier error', () => {
    expect(run({ type: 'failed', ticket: 1, message: 'x' }, { type: 'arrived', ticket: 2, value: 'pushed' }).view).toEqual({
      kind: 'ready',
      value: 'pushed',
    });
  });

  it('retry changes nothing unless the last fetch failed', () => {
    const ready = run({ type: 'arrived', ticket: 1, value: 'v' });
    expect(liveDataReducer(ready, { type: 'retrying' })).toBe(ready);
  });
});

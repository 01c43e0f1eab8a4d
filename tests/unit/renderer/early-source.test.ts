import { describe, expect, it } from 'vitest';
import { fail, type IpcResult } from '@electron/base/common/result';
import { earlySource } from '../../../renderer/src/hooks/early-source';
import type { LiveSource } from '../../../renderer/src/hooks/live-feed';

/** A source whose fetches the test answers by hand and whose events it fires to every listener. */
function manualSource() {
  const pending: Array<(result: IpcResult<string>) => void> = [];
  const pushes: Array<(v: string) => void> = [];
  const refetches: Array<() => void> = [];
  const source: LiveSource<string> = {
    fetch: () => new Promise((resolve) => pending.push(resolve)),
    subscribe: (push, refetch) => {
      pushes.push(push);
      refetches.push(refetch);
      return () => {};
    },
  };
  return {
    source,
    pending,
    push: (v: string) => pushes.forEach((p) => p(v)),
    changed: () => refetches.forEach((r) => r()),
  };
}
const ok = (value: string): IpcResult<string> => ({ ok: true, value });

describe('earlySource', () => {
  it('asks at once, knows the answer when it comes, and serves it to the first fetch without asking again', async () => {
    const s = manualSource();
    const early = earlySource(s.source);
    expect(s.pending).toHaveLength(1);
    expect(early.known()).toBeUndefined();
    s.pending[0]!(ok('first'));
    await early.settled;
    expect(early.known()).toBe('first');
    expect(await early.fetch()).toEqual(ok('first'));
    expect(s.pending).toHaveLength(1);
    // Later fetches are real ones.
    void early.fetch();
    expect(s.pending).toHaveLength(2);
  });

  it('a value main pushes meanwhile is newer: it is known, and the older early answer is not served over it', async () => {
    const s = manualSource();
    const early = earlySource(s.source);
    s.push('pushed');
    s.pending[0]!(ok('older'));
    await early.settled;
    expect(early.known()).toBe('pushed');
    void early.fetch();
    expect(s.pending).toHaveLength(2);
  });

  it('an event that only says "changed" makes what is known stale: no value up front, and the next fetch asks again', async () => {
    const s = manualSource();
    const early = earlySource(s.source);
    s.pending[0]!(ok('first'));
    await early.settled;
    s.changed();
    expect(early.known()).toBeUndefined();
    void early.fetch();
    expect(s.pending).toHaveLength(2);
  });

  it('a failed early fetch leaves nothing known, and settles', async () => {
    const s = manualSource();
    const early = earlySource(s.source);
    s.pending[0]!(fail('failed', 'no'));
    await early.settled;
    expect(early.known()).toBeUndefined();
  });
});

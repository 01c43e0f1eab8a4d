import { describe, expect, it } from 'vitest';
import { MAX_QUEUED_EVENTS, PageMessenger } from '../../../../electron/ipc/node/page-messenger';

describe('PageMessenger', () => {
  it('holds messages until the page is ready, in order, and again after a reload', () => {
    const delivered: string[] = [];
    const messenger = new PageMessenger((event) => delivered.push(event));
    messenger.send('a', 1);
    messenger.send('b', 2);
    expect(delivered).toEqual([]);
    messenger.markReady();
    expect(delivered).toEqual(['a', 'b']);
    messenger.reset();
    messenger.send('c', 3);
    expect(delivered).toEqual(['a', 'b']);
    messenger.markReady();
    expect(delivered).toEqual(['a', 'b', 'c']);
  });
});

describe('PageMessenger for a window that is never opened', () => {
  it('stays bounded over 100,000 events: status-like events keep their latest value, the rest the newest 100', () => {
    const notes: string[] = [];
    const messenger = new PageMessenger(() => {}, { log: (m) => notes.push(m) });
    for (let i = 0; i < 100_000; i++) {
      messenger.send('breaks:status', { i });
      messenger.send('history:changed', null);
      messenger.send('app:notice', { id: `n${i}` });
    }
    expect(messenger.pending).toBe(MAX_QUEUED_EVENTS);
    expect(notes).toHaveLength(1);
  });

  it('keeps only the latest status, and the order of what remains', () => {
    const delivered: Array<[string, unknown]> = [];
    const messenger = new PageMessenger((event, payload) => delivered.push([event, payload]));
    messenger.send('breaks:status', 1);
    messenger.send('session:open', 'quick-desk-stretch');
    messenger.send('settings:changed', 'a');
    messenger.send('breaks:status', 2);
    messenger.send('settings:changed', 'b');
    messenger.markReady();
    expect(delivered).toEqual([
      ['session:open', 'quick-desk-stretch'],
      ['breaks:status', 2],
      ['settings:changed', 'b'],
    ]);
  });

  it('drops the oldest first when the bound is reached, and says so once', () => {
    const delivered: unknown[] = [];
    const notes: string[] = [];
    const messenger = new PageMessenger((_e, payload) => delivered.push(payload), { maxQueued: 3, log: (m) => notes.push(m) });
    for (let i = 1; i <= 6; i++) messenger.send('app:notice', i);
    messenger.markReady();
    expect(delivered).toEqual([4, 5, 6]);
    expect(notes).toEqual(['page not ready: more than 3 events waiting, dropping the oldest (logged once)']);
  });
});

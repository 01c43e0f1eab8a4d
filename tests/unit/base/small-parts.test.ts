import { describe, expect, it } from 'vitest';
import { isVettedExternalUrl, VETTED_HOSTS, vettedExternalUrl } from '../../../electron/shell/node/links';
import { FURTHER_READING } from '../../../electron/safety/common/content';
import { MAX_QUEUED_EVENTS, PageMessenger } from '../../../electron/ipc/node/page-messenger';
import { resolveInside } from '../../../electron/base/node/safe-path';

describe('resolveInside', () => {
  const root = '/app/renderer';
  it.each([
    ['/', '/app/renderer/index.html'],
    ['/index.html', '/app/renderer/index.html'],
    ['/assets/a%20b.js', '/app/renderer/assets/a b.js'],
  ])('serves %s', (path, expected) => expect(resolveInside(root, path)).toBe(expected));
  it.each(['/../secret', '/%2e%2e/secret', '/assets/../../etc/passwd', '/%E0%A4%A', '/a%00b'])('refuses %s', (path) =>
    expect(resolveInside(root, path)).toBeNull(),
  );
});

describe('isVettedExternalUrl', () => {
  it.each(['https://www.nhs.uk/conditions/sciatica/', 'https://medlineplus.gov/sciatica.html'])('allows %s', (url) =>
    expect(isVettedExternalUrl(url)).toBe(true),
  );
  it.each([
    'http://www.nhs.uk/',
    'https://evil.example/',
    'https://www.nhs.uk.evil.example/',
    'https://user:pw@www.nhs.uk/',
    'https://www.nhs.uk:8443/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'not a url',
    // Hosts the app never links to, however reputable.
    'https://github.com/',
    'https://www.ninds.nih.gov/',
  ])('refuses %s', (url) => expect(isVettedExternalUrl(url)).toBe(false));

  it('vets exactly the hosts of the pages the app links to', () => {
    expect([...VETTED_HOSTS].sort()).toEqual([...new Set(FURTHER_READING.map((l) => new URL(l.url).hostname))].sort());
  });

  it('returns the parsed href, which is what gets opened', () => {
    expect(vettedExternalUrl('HTTPS://WWW.NHS.UK/conditions/a b?q=1#x')).toBe('https://www.nhs.uk/conditions/a%20b?q=1#x');
    expect(vettedExternalUrl(' https://medlineplus.gov')).toBe('https://medlineplus.gov/');
    expect(vettedExternalUrl('https://github.com/')).toBeNull();
  });
});

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

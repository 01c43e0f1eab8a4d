import { describe, expect, it } from 'vitest';
import type { WindowState } from '../../../electron/shell/common/app-channels';
import { hashForView, opensSession, SESSION_WINDOW_HASH, viewFromHash } from '../../../electron/shell/common/window-state';
import { WindowStateReporter } from '../../../renderer/src/window-state-report';

describe('what the main window tells main about itself', () => {
  it('holds while a session runs or any draft is unsaved, and lets go when the last one ends', () => {
    const sent: WindowState[] = [];
    const reporter = new WindowStateReporter((s) => sent.push(s));
    reporter.setView('settings', false);
    const first = reporter.hold();
    const second = reporter.hold();
    first();
    first(); // a second release of the same draft changes nothing
    expect(sent.at(-1)).toEqual({ view: 'settings', holds: true });
    second();
    expect(sent.at(-1)).toEqual({ view: 'settings', holds: false });
    reporter.setView('session', true);
    expect(sent.at(-1)).toEqual({ view: 'session', holds: true });
  });

  it('sends only changes, never once per keystroke', () => {
    const sent: WindowState[] = [];
    const reporter = new WindowStateReporter((s) => sent.push(s));
    reporter.setView('home', false);
    reporter.setView('home', false);
    const release = reporter.hold();
    reporter.setView('home', false);
    release();
    expect(sent).toEqual([
      { view: 'home', holds: false },
      { view: 'home', holds: true },
      { view: 'home', holds: false },
    ]);
  });

  it('a recreated window opens on the view the old one showed; a session or anything odd opens home', () => {
    for (const view of ['settings', 'history', 'safety'] as const) expect(viewFromHash(hashForView(view))).toBe(view);
    expect(hashForView('home')).toBe('');
    expect(hashForView('session')).toBe('');
    // A window made for a session opens on home too (the session comes as an event), fetching the player.
    expect(viewFromHash(SESSION_WINDOW_HASH)).toBe('home');
    expect(opensSession(SESSION_WINDOW_HASH)).toBe(true);
    expect(opensSession(hashForView('settings'))).toBe(false);
    for (const odd of ['', '#reminder', '#view=session', '#view=nope', '#view=settings&x', '#view=SETTINGS']) expect(viewFromHash(odd)).toBe('home');
  });
});

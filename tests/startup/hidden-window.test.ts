// Issue 27, under the stand-in Electron with the built main.js: a closed main window is destroyed
// after its grace period, main keeps working with no window (tray, status pushes), and the window
// is made again on demand on the right view, receiving what it missed once its page is ready; a
// window whose page holds a session is kept. The stand-in's destroyed windows throw on any use, as
// Electron's do, so code that kept talking to a window it let go of fails here.
import { beforeAll, describe, expect, it } from 'vitest';
import { appRoot } from './app-root';
import { buildStandIn, runMain, type MainRun } from './run-main';

const GRACE_MS = 300;

describe('the hidden main window, destroyed and made again (LIMBER_HIDDEN_WINDOW_GRACE_MS=300)', () => {
  let run: MainRun;
  let report: Record<string, unknown>;
  beforeAll(async () => {
    run = await runMain({ standInDir: await buildStandIn(), appRoot, scenario: 'hidden-window', env: { LIMBER_HIDDEN_WINDOW_GRACE_MS: String(GRACE_MS) } });
    report = run.report ?? {};
  });

  it('lives through the day and quits cleanly, with nothing thrown or logged as uncaught', () => {
    expect(report['scenarioError']).toBeUndefined();
    expect(report['violations']).toEqual([]);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(0);
    expect(run.logFile).not.toMatch(/uncaught|unhandled|destroyed/i);
  });

  it('closing hides the window at once and destroys it only after the grace period', () => {
    const close = report['firstClose'] as { hiddenAtOnce: boolean; destroyedAtOnce: boolean; destroyedAfterMs: number };
    expect(close.hiddenAtOnce).toBe(true);
    expect(close.destroyedAtOnce).toBe(false);
    expect(close.destroyedAfterMs).toBeGreaterThanOrEqual(GRACE_MS - 20);
  });

  it('with no window, the tray works, no window is made for a status push, and the gone page is no longer trusted', () => {
    expect(report['windowsWhileClosed']).toBe(0);
    expect(report['refusedFromDestroyedPage']).toMatchObject({ answered: { ok: false, error: { code: 'forbidden-sender' } } });
  });

  it('Settings… from the tray makes a new window on Settings; the status it missed waits for its page', () => {
    const reopened = report['reopenedForSettings'] as { isFirst: boolean; loaded: string[]; visible: boolean; sentBeforeReady: string[]; sentOnReady: string[]; navigatedTo: unknown[] };
    expect(reopened.isFirst).toBe(false);
    expect(reopened.visible).toBe(true);
    expect(reopened.loaded).toHaveLength(1);
    expect(reopened.loaded[0]).toMatch(/^app:\/\/limber\/index\.html\?.*#view=settings$/);
    expect(reopened.sentBeforeReady).toEqual([]);
    expect(reopened.sentOnReady).toContain('breaks:status');
    expect(reopened.navigatedTo).toEqual(['settings']);
    expect((report['secondClose'] as { destroyedAfterMs: number }).destroyedAfterMs).toBeGreaterThanOrEqual(GRACE_MS - 20);
  });

  it('a session started from the tray with no window gets a window made for it, and the session once its page is ready', () => {
    const reopened = report['reopenedForSession'] as { isSecond: boolean; loaded: string[]; sentBeforeReady: string[]; sessionOpened: unknown[] };
    expect(reopened.isSecond).toBe(false);
    expect(reopened.loaded[0]).toMatch(/#view=session$/);
    expect(reopened.sentBeforeReady).toEqual([]);
    expect(reopened.sessionOpened).toHaveLength(1);
  });

  it('a closed window whose page holds a running session is kept past the grace period, and goes once released', () => {
    expect(report['heldSession']).toEqual({ destroyedWhileHeld: false, visible: false, destroyedOnceReleased: true });
    expect(report['windowsAtEnd']).toBe(0);
  });
});

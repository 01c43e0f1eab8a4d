import type { BreakPlanStatus } from '../../electron/breaks/common/status';
import { scheduleLine, sittingLineOf } from '../../electron/main/status-line';
import { buildTrayMenu, type TrayActions } from '../../electron/main/tray-menu';
import { seedHistory } from '../support/history-seed';
import { expect, test } from '../support/launch';
import { trayMenuHtml } from '../support/tray-menu-html';

// Issue 19: the sitting bout on home (the bout in progress, today's longest and total, "I already
// moved", and the note that calls cannot be seen here) and in history, in both themes at the
// three window sizes, committed in docs/screenshots/sitting/ (home-sitting.png is the README's one).
const SIZES = [
  { width: 560, height: 520 },
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
] as const;

test('home and history show the sitting bout', async ({ app }) => {
  await seedHistory(app.userDataDir, 'week');
  const page = await app.relaunch();
  await expect(page.getByText(/^Sitting for/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'I already moved' })).toBeVisible();
  await expect(page.getByText(/^Today: longest sitting/)).toBeVisible();
  for (const view of ['home', 'history'] as const) {
    if (view === 'history') {
      await page.getByRole('button', { name: 'History' }).click();
      await expect(page.getByRole('heading', { name: /^The last/ })).toBeVisible();
    }
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        await page.screenshot({ path: `docs/screenshots/sitting/${view}-${theme}-${size.width}.png`, fullPage: true });
      }
    }
  }
  await page.getByRole('button', { name: 'Home' }).click();
  await page.setViewportSize({ width: 800, height: 600 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: 'docs/screenshots/home-sitting.png', fullPage: true });
});

test('the tray shows the bout: its menu, built from the same status as home', async ({ app }) => {
  const page = app.page;
  await expect(page.getByText(/^Sitting for/)).toBeVisible();
  const result = (await page.evaluate(() => (window as unknown as { limber: { getBreakStatus(): Promise<unknown> } }).limber.getBreakStatus())) as { ok: boolean; value: BreakPlanStatus };
  expect(result.ok).toBe(true);
  const status = result.value;
  // The same view-model main.ts hands the tray (showTrayStatus), and the template tray.ts builds from it.
  const state = {
    statusLine: scheduleLine(status),
    paused: status.pausedUntil !== null,
    focus: status.focus,
    canSnooze: status.showing === 'stretch' && status.snoozesLeft > 0,
    sittingLine: sittingLineOf(status),
    awayUnsure: status.awayUnsure,
  };
  expect(state.sittingLine).toMatch(/^Sitting since /);
  const noop = () => {};
  const actions: TrayActions = { startSession: noop, snooze: noop, pause: noop, resume: noop, toggleFocus: noop, openSettings: noop, openWindow: noop, quit: noop, moved: noop, wasAway: noop };
  const menu = buildTrayMenu(state, actions);
  const tray = await page.context().newPage();
  for (const size of SIZES) {
    await tray.setViewportSize(size);
    for (const theme of ['light', 'dark'] as const) {
      await tray.setContent(trayMenuHtml(menu, `Limber — ${state.statusLine}`, theme));
      await expect(tray.getByRole('menu').getByText(state.sittingLine!)).toBeVisible();
      await tray.screenshot({ path: `docs/screenshots/sitting/tray-${theme}-${size.width}.png` });
    }
  }
  await tray.close();
});

import type { Page } from '@playwright/test';
import { expect, test } from '../support/launch';
import { leadInMs, startRoutine, timer, WINDOW_SIZES } from './session-helpers';

test.use({ fakeClock: true });

/** Whole inside the window, and the page itself does not scroll. */
async function expectAllInView(page: Page, what: string) {
  const controls = page.getByRole('group', { name: 'Session controls' });
  for (const locator of [
    timer(page),
    page.getByRole('heading', { level: 1 }),
    controls.getByRole('button', { name: 'Back' }),
    controls.getByRole('button', { name: /^(Pause|Resume)$/ }),
    controls.getByRole('button', { name: /^(Next|Ready)$/ }),
    controls.getByRole('button', { name: 'End session' }),
    controls.getByRole('button', { name: 'Floor view' }),
    page.getByRole('button', { name: 'This hurt — stop' }),
  ]) {
    await expect(locator, `${what}: ${String(locator)}`).toBeInViewport({ ratio: 1 });
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  expect(overflow, `${what}: the page scrolls`).toBeLessThanOrEqual(0);
}

for (const size of WINDOW_SIZES) {
  test(`at ${size.width}×${size.height} the timer, the side and the controls stay in view through a session`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize(size);
    // The ordinary player (floor-view.spec.ts covers the floor view).
    await page.evaluate(() => window.limber.updateSettings({ floorMode: false }));
    await page.reload();
    // Scrolled down the home screen first: the session still opens at its top.
    await page.getByRole('button', { name: 'Open Sciatica relief' }).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await startRoutine(page, 'Sciatica relief');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expectAllInView(page, 'get ready');

    const ring = async () => (await timer(page).boundingBox())!;
    const controls = async () => (await page.getByRole('group', { name: 'Session controls' }).boundingBox())!;
    const before = { ring: await ring(), controls: await controls() };

    await page.clock.runFor(leadInMs('sciatica-relief') + 30_000);
    await expect(page.getByText('Right over left', { exact: true })).toBeInViewport({ ratio: 1 });
    await expectAllInView(page, 'hold, side one');
    await page.clock.runFor(31_000);
    await expect(page.getByText('Switch legs', { exact: true }).first()).toBeInViewport({ ratio: 1 });
    await expectAllInView(page, 'switch');
    await page.clock.runFor(30_000);
    await expect(page.getByText('Left over right', { exact: true })).toBeInViewport({ ratio: 1 });
    await expectAllInView(page, 'hold, side two');

    // The pain card goes with the first exercise; nothing else moves.
    await page.clock.runFor(45_000);
    await expect(page.getByRole('heading', { name: 'Hamstring stretch (on the floor)' })).toBeVisible();
    await expect(page.getByRole('group', { name: /Leg pain right now/ })).toHaveCount(0);
    await expectAllInView(page, 'next exercise');
    expect(await ring()).toEqual(before.ring);
    expect(await controls()).toEqual(before.controls);
  });
}

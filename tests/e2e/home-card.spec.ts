import { expect, test } from '../support/launch';
import { openHome } from '../support/home-standin';
import { countWakes, settle, total, wakesOver } from '../support/wake-counter';

// The home card's words for states main only reaches after a call, a presentation or a broken
// idle counter, shown with the real build from a stand-in schedule.

const held = { next: null, blocked: 'in-call' as const, heldBecause: 'microphone in use by zoom' };

test('held by a call: says so, how Limber knows, and how long you have been sitting', async ({ app }) => {
  const page = await openHome(app, held, 38 * 60_000 + 20_000);
  const card = page.getByRole('region', { name: 'Next stretch break' });
  await expect(card.getByRole('status')).toHaveText("Held: you're in a call. Your break comes when it ends.");
  await expect(card).toContainText('How Limber knows: microphone in use by zoom.');
  await expect(card).toContainText('Sitting for 38 min');
  await expect(card.getByRole('timer')).toHaveCount(0);
});

test('presenting and do-not-disturb are worded too; no sitting line while away', async ({ app }) => {
  let page = await openHome(app, { ...held, blocked: 'presenting', heldBecause: null }, 5 * 60_000);
  await expect(page.getByText("Held: you're presenting. Your break comes when you stop.")).toBeVisible();
  await expect(page.getByText('How Limber knows')).toHaveCount(0);
  await page.close();
  page = await openHome(app, { ...held, blocked: 'dnd', heldBecause: 'do not disturb is on' }, null);
  await expect(page.getByText('Held: do not disturb is on.')).toBeVisible();
  await expect(page.getByText(/^Sitting for/)).toHaveCount(0);
});

test('idle problems: no idle time on this desktop, or a counter stuck at zero', async ({ app }) => {
  let page = await openHome(app, { idleDetection: false, idleNote: 'unsupported' }, 60_000);
  await expect(
    page.getByText("Idle time can't be read on this desktop (e.g. Wayland)", { exact: false }),
  ).toBeVisible();
  await page.close();
  page = await openHome(app, { idleDetection: false, idleNote: 'stuck' }, 60_000);
  await expect(page.getByText('idle time has read zero for 90 minutes', { exact: false })).toBeVisible();
  await expect(page.getByText("Idle time can't be read", { exact: false })).toHaveCount(0);
  await page.close();
  page = await openHome(app, { idleDetection: true, idleNote: null }, 60_000);
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByText(/idle time/i)).toHaveCount(0);
});

test.describe('on a fake clock', () => {
  test.use({ fakeClock: true });

  test('the sitting time wakes the page once a minute, and moves on the minute', async ({ app }) => {
    const page = await openHome(app, held, 38 * 60_000 + 20_000);
    await countWakes(page);
    const sitting = page.getByText(/^Sitting for/);
    await expect(sitting).toHaveText('Sitting for 38 min');
    await settle(page);
    const minute = await wakesOver(page, 60_000);
    await expect(sitting).toHaveText('Sitting for 39 min');
    expect(total(minute), JSON.stringify(minute)).toBe(1);
  });
});

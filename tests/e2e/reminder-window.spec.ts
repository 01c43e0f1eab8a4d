// The wording below is English, as the window it is compared with.
import '../support/english-catalogue';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { postureMessage, reminderActions, stretchMessage } from '../../electron/breaks/common/wording';
import type { ReminderInfo } from '../../electron/breaks/node/reminder-presenter';
import { expect, test } from '../support/launch';
import { answersIn, openReminder, REMINDER_SIZE } from '../support/reminder-standin';

// The small always-on-top reminder window, in the real build at its real size, with reminders
// made by core's own wording (texts and buttons).

const routine = { name: 'Quick desk stretch', durationLabel: '3 min', where: 'all at your desk' };
function makeReminder(tier: ReminderInfo['tier'], n: number, text: { title: string; body: string }): ReminderInfo {
  const shape = { tier, kind: 'due' as const, canSnooze: tier === 'stretch' && n > 0, snoozeMin: 30 };
  return { id: n + 1, ...shape, ...text, actions: reminderActions(shape) };
}
const stretch = (snoozesLeft: number) => makeReminder('stretch', snoozesLeft, stretchMessage(routine, snoozesLeft));
const posture = (n: number) => makeReminder('posture', n, postureMessage(n));
const long = (tier: ReminderInfo['tier']): ReminderInfo => ({
  ...(tier === 'stretch' ? stretch(1) : posture(0)),
  title: `${'A very long reminder title that goes on and on '.repeat(4)}Supercalifragilisticexpialidocious-without-spaces-at-all`,
  body: 'A body far longer than any real reminder, '.repeat(12),
});

const CASES: Array<[string, ReminderInfo]> = [
  ['stretch with snoozes left', stretch(2)],
  ['stretch with no snoozes left', stretch(0)],
  ...[0, 1, 2, 3].map((n): [string, ReminderInfo] => [`posture check ${n + 1}`, posture(n)]),
  ['stretch, very long text', long('stretch')],
  ['posture, very long text', long('posture')],
];

/** Every button whole and inside the window, every label unclipped, and nothing that scrolls. */
async function expectFits(page: Page, reminder: ReminderInfo): Promise<void> {
  const buttons = page.getByRole('button');
  await expect(buttons).toHaveText(reminder.actions.map((a) => a.label));
  for (const button of await buttons.all()) {
    const box = (await button.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(REMINDER_SIZE.width);
    expect(box.y + box.height).toBeLessThanOrEqual(REMINDER_SIZE.height);
    expect(box.height).toBeGreaterThanOrEqual(40); // still a comfortable target
    expect(await button.evaluate((b) => b.scrollWidth <= b.clientWidth && b.scrollHeight <= b.clientHeight)).toBe(true);
  }
  const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  expect(title.y).toBeGreaterThanOrEqual(0);
  const scrolling = await page.evaluate(() => {
    const root = document.scrollingElement!;
    const scrollers = [...document.querySelectorAll('*')].filter((el) => {
      const { overflowX, overflowY } = getComputedStyle(el);
      const scrolls = (o: string) => o === 'auto' || o === 'scroll';
      return (
        (scrolls(overflowY) && el.scrollHeight > el.clientHeight) ||
        (scrolls(overflowX) && el.scrollWidth > el.clientWidth)
      );
    });
    return {
      page: root.scrollHeight > innerHeight || root.scrollWidth > innerWidth,
      elements: scrollers.map((el) => el.className),
    };
  });
  expect(scrolling).toEqual({ page: false, elements: [] });
}

for (const theme of ['light', 'dark'] as const) {
  test(`the reminder window fits at any text length (${theme})`, async ({ app }) => {
    // Eight windows, each measured and checked with axe: more than the default time on a busy machine.
    test.slow();
    for (const [name, reminder] of CASES) {
      await test.step(name, async () => {
        const page = await openReminder(app, { reminder, theme });
        await page.emulateMedia({ colorScheme: theme });
        await expect(page.getByRole('alertdialog')).toBeVisible();
        await expectFits(page, reminder);
        expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
        await page.close();
      });
    }
  });
}

test('with no snoozes left, no sentence is said twice, and the title stays in view', async ({ app }) => {
  const page = await openReminder(app, { reminder: stretch(0) });
  await expect(page.getByRole('heading', { name: 'Time for your Quick desk stretch' })).toBeInViewport({ ratio: 1 });
  const sentences = (await page.locator('body').innerText()).split(/(?<=[.!?])\s+|\n+/).filter(Boolean);
  expect(sentences).toContain('No snoozes left this time.');
  expect(new Set(sentences).size).toBe(sentences.length);
  await expect(page.getByRole('button', { name: /Snooze/ })).toHaveCount(0);
});

test('a posture check is cleared at a glance: a figure, a five-second bar, and Done ✓ from the keyboard', async ({
  app,
}) => {
  const page = await openReminder(app, { reminder: posture(0) });
  await expect(page.getByRole('img', { name: /Hips slid all the way back/ })).toBeVisible();
  const hold = await page.locator('.posture-hold-fill').evaluate((el) => getComputedStyle(el).animationDuration);
  expect(hold).toBe('5s');
  await expect(page.getByRole('button', { name: 'Done ✓' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await answersIn(page)).toEqual([[1, 'done']]);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  expect(await answersIn(page)).toEqual([
    [1, 'done'],
    [1, 'start'],
  ]);
});

test('each posture cue has its own picture', async ({ app }) => {
  const names = new Set<string>();
  for (const n of [0, 1, 2, 3]) {
    const page = await openReminder(app, { reminder: posture(n) });
    names.add((await page.getByRole('img').getAttribute('aria-label'))!);
    await page.close();
  }
  expect(names.size).toBe(4);
});

test('an answer main refuses is said in the window, which stays', async ({ app }) => {
  const message = 'Invalid arguments: reminder:respond.';
  const page = await openReminder(app, { reminder: posture(1), refuse: { answers: ['done'], message } });
  await page.getByRole('button', { name: 'Done ✓' }).press('Enter');
  await expect(page.getByRole('alert')).toHaveText(message);
  await expectFits(page, posture(1));
});

test('stretch answers: start, snooze and skip reach main with the reminder id', async ({ app }) => {
  const page = await openReminder(app, { reminder: { ...stretch(1), id: 7 } });
  await expect(page.getByRole('button', { name: 'Start stretch' })).toBeFocused();
  for (const name of ['Start stretch', 'Snooze 30 min', 'Skip']) await page.getByRole('button', { name }).click();
  expect(await answersIn(page)).toEqual([
    [7, 'start'],
    [7, 'snooze'],
    [7, 'skip'],
  ]);
});

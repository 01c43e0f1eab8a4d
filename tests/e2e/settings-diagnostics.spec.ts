import AxeBuilder from '@axe-core/playwright';
import { tabTo } from '../support/keyboard';
import { expect, test } from '../support/launch';

// A tray app started at login has no terminal: Settings says where the diagnostics are kept, so a
// bug report can include them (the path comes from main's app info).
test('Settings shows where the log file is, whole and selectable, reached with the keyboard', async ({ app }) => {
  const { page } = app;
  await tabTo(page, page.getByRole('button', { name: 'Settings' }));
  await page.keyboard.press('Enter');
  const card = page.getByRole('group', { name: 'Diagnostics' });
  await expect(card).toBeVisible();
  const info = await page.evaluate(() => window.limber.getAppInfo());
  if (!info.ok || !info.value.logFile) throw new Error('the app info carries no log file');
  await expect(card.locator('code')).toHaveText(info.value.logFile);
  await expect(card).toContainText('Nothing is sent anywhere');
  const box = await card.locator('code').boundingBox();
  const cardBox = await card.boundingBox();
  expect(box && cardBox && box.x + box.width <= cardBox.x + cardBox.width + 0.5).toBe(true);
  const axe = await new AxeBuilder({ page }).include('.settings').analyze();
  expect(axe.violations).toEqual([]);
});

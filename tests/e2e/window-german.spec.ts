import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ROUTINES } from '../../electron/exercises/common/routines';
import { expect, test } from '../support/launch';
import { leadInMs, timer } from './session-helpers';

// The window in German, as main opens it for a German system (?locale=de): its own words, numbers
// and units in German, the page's language set for screen readers, and axe clean. Exercise and
// routine names are the content catalogue's, so routines are found by their place in the list.
test.use({ fakeClock: true });

async function openGerman(page: Page): Promise<void> {
  const url = new URL(page.url());
  url.search = '?locale=de';
  url.hash = '';
  await page.goto(url.toString());
}

test('home in German: headings, countdown, rhythm and the page language', async ({ app }) => {
  const { page } = app;
  await openGerman(page);
  await expect(page.locator('html')).toHaveAttribute('lang', /^de(-|$)/); // the region, if any, is the system's
  await expect(page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('button')).toHaveText(['Start', 'Verlauf', 'Routinen', 'Einstellungen', 'Sicherheit']);
  await expect(page.getByRole('button', { name: 'Dehneinheit starten' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nächste Dehnpause' })).toBeVisible();
  await expect(timer(page)).toHaveText(/^\d+\sMin\.$/);
  await expect(page.getByRole('definition').first()).toHaveText(/^alle \d+\sMin\.$/);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('a session in German: preview facts, the running player and its spoken timer name', async ({ app }) => {
  const { page } = app;
  await openGerman(page);
  const index = ROUTINES.findIndex((r) => r.id === 'quick-desk-stretch');
  await page.locator('.routine-list > li').nth(index).getByRole('button').click();
  await expect(page.getByRole('term')).toHaveText(['Dauer', 'Wo', 'Du brauchst']);
  await expect(page.getByRole('definition').nth(0)).toHaveText(/^\d+\sMin\.$/);
  await expect(page.getByRole('definition').nth(1)).toHaveText('am Schreibtisch');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Steuerung der Einheit' })).toBeVisible();
  await page.clock.runFor(leadInMs('quick-desk-stretch') + 2_000);
  await expect(timer(page)).toHaveAccessibleName(/^\d+ Sekunden, Halten$/);
  await expect(page.getByRole('button', { name: 'Das tat weh – stopp' })).toBeVisible();
  await expect(page.getByText(/ · Schritt 1 von 4$/)).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

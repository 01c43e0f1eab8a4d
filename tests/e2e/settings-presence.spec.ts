import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tabTo } from '../support/keyboard';
import { expect, test } from '../support/launch';

// The "Calls and presentations" card, driven by the keyboard only, against this machine's real
// presence probes in a Wayland session (so "full screen" is deterministically not available).
test.use({ presenceProbes: true, waylandSession: true });

const WAYLAND = 'Not available here: on Wayland an app cannot see whether another window is full screen';
const reading = (page: Page, name: string) => page.locator(`#field-presence-${name}-note`);
const appsReading = (page: Page) => page.locator('#meeting-apps-reading');
const appStatus = (page: Page) => page.locator('#field-meeting-app-status');
const appError = (page: Page) => page.locator('#field-meeting-app-error');
const savedPresence = async (page: Page) => {
  const result = await page.evaluate(() => window.limber.getSettings());
  if (!result.ok) throw new Error(result.error.message);
  return result.value.presence;
};

async function openSettings(page: Page): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: 'Settings' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Calls and presentations' })).toBeVisible();
}

test('a switch turned off with the keyboard is saved, and its reading says Off; on again, it reads again', async ({ app }) => {
  const { page } = app;
  await openSettings(page);
  // What the camera reading says depends on the platform (on Linux, /proc: "Working"); it is an answer.
  await expect(reading(page, 'camera')).toHaveText(/^(Working|Not available here: .+)$/);
  const cameraBefore = await reading(page, 'camera').textContent();
  await expect(reading(page, 'fullscreen')).toHaveText(WAYLAND);
  await expect(appsReading(page)).toHaveText('Off');

  const camera = page.getByRole('checkbox', { name: 'Camera in use' });
  await tabTo(page, camera, 80);
  await expect(camera).toHaveAccessibleDescription(`Hold reminders while an app has the camera on. ${cameraBefore}`);
  await page.keyboard.press('Space');
  await expect(page.locator('.save-status')).toHaveText('Saved.');
  await expect(reading(page, 'camera')).toHaveText('Off');
  await expect(camera).not.toBeChecked();
  expect(await savedPresence(page)).toMatchObject({ camera: false, microphone: true, fullscreen: true, dnd: true });

  await page.keyboard.press('Space');
  await expect(reading(page, 'camera')).toHaveText(cameraBefore ?? '');
  expect((await savedPresence(page)).camera).toBe(true);
});

test('a meeting app is added with Enter and removed with its button; the list switches itself on and off', async ({ app }) => {
  const { page } = app;
  await openSettings(page);
  const box = page.getByLabel('App to add (its process name)');
  await tabTo(page, box, 80);
  await page.keyboard.type('  zoom ');
  await page.keyboard.press('Enter');
  await expect(appStatus(page)).toHaveText('Saved.');
  await expect(box).toHaveValue('');
  await expect(page.getByRole('list', { name: 'Meeting apps' }).getByRole('listitem')).toHaveText(['zoomRemove']);
  await expect(appsReading(page)).not.toHaveText(/Off|Checking/);
  expect((await savedPresence(page)).meetingApps).toEqual(['zoom']);

  await page.keyboard.type('Teams.exe');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add app' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove Teams.exe' })).toBeVisible();
  expect((await savedPresence(page)).meetingApps).toEqual(['zoom', 'Teams.exe']);

  for (const name of ['zoom', 'Teams.exe']) {
    await tabTo(page, page.getByRole('button', { name: `Remove ${name}` }), 80);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: `Remove ${name}` })).toHaveCount(0);
    await expect(box).toBeFocused();
    await expect(appStatus(page)).toHaveText('Saved.');
  }
  await expect(page.getByRole('list', { name: 'Meeting apps' })).toHaveCount(0);
  await expect(appsReading(page)).toHaveText('Off');
  expect((await savedPresence(page)).meetingApps).toEqual([]);
});

test('a refused name stays in the box with the reason, never beside "Saved."; the card is axe clean', async ({ app }) => {
  const { page } = app;
  await openSettings(page);
  const box = page.getByLabel('App to add (its process name)');
  await tabTo(page, box, 80);
  await page.keyboard.type('zoom');
  await page.keyboard.press('Enter');
  await expect(appStatus(page)).toHaveText('Saved.');

  for (const [typed, message] of [
    ['Zoom', 'Zoom is already in the list.'],
    ['   ', 'Type the name of an app’s process first, for example zoom.'],
    ['zoom/../sh', 'An app name is letters, digits, spaces, dots, dashes.'],
  ] as const) {
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
    await expect(appError(page)).toHaveText(message);
    await expect(page.getByRole('alert')).toHaveText(message);
    await expect(box).toHaveValue(typed);
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(appStatus(page)).toHaveText('');
  }
  expect((await savedPresence(page)).meetingApps).toEqual(['zoom']);
  expect((await new AxeBuilder({ page }).include('.presence').analyze()).violations).toEqual([]);

  // A name the form accepts, but main cannot store (the settings file replaced by a folder).
  const file = join(app.userDataDir, 'settings.json');
  const original = await readFile(file, 'utf8');
  await rm(file);
  await mkdir(join(file, 'blocked'), { recursive: true });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('slack');
  await page.keyboard.press('Enter');
  await expect(appError(page)).toHaveText('Not saved: Limber could not complete that just now. Nothing was changed.');
  await expect(box).toHaveValue('slack');
  await expect(page.getByText('Saved.')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Remove slack' })).toHaveCount(0);

  await rm(file, { recursive: true });
  await writeFile(file, original);
  await page.keyboard.press('Enter');
  await expect(appStatus(page)).toHaveText('Saved.');
  await expect(page.getByRole('button', { name: 'Remove slack' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('two switches flipped in quick succession are both kept (the second builds on the first, not on the page before main answered)', async ({ app }) => {
  const { page } = app;
  await openSettings(page);
  const microphone = page.getByRole('checkbox', { name: 'Microphone in use' });
  await tabTo(page, microphone, 80);
  // Space, Tab, Space with no wait: the second change is made before main's answer to the first is back.
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Camera in use' })).toBeFocused();
  await expect.poll(() => savedPresence(page)).toMatchObject({ microphone: false, camera: false, fullscreen: true, dnd: true });
  await expect(microphone).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Camera in use' })).not.toBeChecked();
});

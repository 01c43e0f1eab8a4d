import { expect, test } from '../support/launch';

test('settings say so when no voice is installed, exactly when the page has none', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings' }).click();
  const note = page.locator('#voice-availability');
  // The check waits up to 3 s for voices to arrive; this waits a little longer for the answer.
  const voices = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        if (speechSynthesis.getVoices().length) return resolve(speechSynthesis.getVoices().length);
        speechSynthesis.addEventListener('voiceschanged', () => resolve(speechSynthesis.getVoices().length));
        setTimeout(() => resolve(speechSynthesis.getVoices().length), 3_500);
      }),
  );
  if (voices === 0) {
    await expect(note).toContainText('No voice is installed — tones still play.');
    if (process.platform === 'linux') await expect(note).toContainText('install speech-dispatcher and espeak-ng');
  } else {
    await page.waitForTimeout(3_500);
    await expect(note).toHaveText('');
  }
  // The voice toggle is still there and still works: the note informs, it does not disable.
  await expect(page.getByLabel('Spoken cues')).toBeEnabled();
});

test('on X11, Windows or macOS the shortcut field makes no Wayland caveat', async ({ app }) => {
  await app.page.getByRole('button', { name: 'Settings' }).click();
  await expect(app.page.getByLabel('Focus mode shortcut')).toBeVisible();
  await expect(app.page.getByText('On Wayland, global shortcuts go through your desktop')).toHaveCount(0);
});

test.describe('on a Wayland session', () => {
  test.use({ waylandSession: true });

  test('the shortcut field says the shortcut cannot be guaranteed, and the reminder window says it does not float', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Settings' }).click();
    const field = page.getByLabel('Focus mode shortcut');
    await expect(field).toBeVisible();
    const caveat = page.locator('#field-focusShortcut-wayland');
    await expect(caveat).toContainText('Limber cannot promise this one works');
    await expect(field).toHaveAttribute('aria-describedby', /field-focusShortcut-wayland/);
    await expect(page.locator('#field-startShortcut-wayland')).toContainText('Limber cannot promise this one works');
    await expect(page.getByText('On Wayland it is an ordinary window')).toBeVisible();
  });
});

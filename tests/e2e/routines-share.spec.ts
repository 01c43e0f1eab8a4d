import AxeBuilder from '@axe-core/playwright';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tabTo } from '../support/keyboard';
import { expect, test } from '../support/launch';

// Issue 24: a physiotherapist's routine file (the documented example) imported with the keyboard —
// a preview first, then added — exported again, and imported a second time without overwriting.
const doc = await readFile(new URL('../../docs/routine-format.md', import.meta.url), 'utf8');
const example = /```json\n([\s\S]*?)\n```/.exec(doc)![1]!;

test('import the documented routine file after a preview, export it, import it again as “(2)”', async ({ app }) => {
  const { page } = app;
  await mkdir(join(app.userDataDir, 'imports'), { recursive: true });
  await writeFile(join(app.userDataDir, 'imports', 'chosen.json'), example);
  await tabTo(page, page.getByRole('button', { name: 'Routines' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Choose a routine file…' }), 200);
  await page.keyboard.press('Enter');
  await expect(page.getByText('This adds the routine “Morning routine from my physio” and 2 exercises of your own.')).toBeVisible();
  expect((await new AxeBuilder({ page }).include('.routines-view').analyze()).violations).toEqual([]);
  await tabTo(page, page.getByRole('button', { name: 'Add it' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Added “Morning routine from my physio”.')).toBeVisible();
  await expect(page.getByText('Seated knee extension')).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Export Morning routine from my physio as a file' }), 200);
  await page.keyboard.press('Enter');
  const saved = page.getByText(/^Saved to /);
  await expect(saved).toBeVisible();
  const path = (await saved.textContent())!.replace(/^Saved to /, '').replace(/\.$/, '');
  await writeFile(join(app.userDataDir, 'imports', 'chosen.json'), await readFile(path, 'utf8'));

  await tabTo(page, page.getByRole('button', { name: 'Choose a routine file…' }), 200);
  await page.keyboard.press('Enter');
  await expect(page.getByText('“Morning routine from my physio” is already taken: added as “Morning routine from my physio (2)”.')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Add it' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Added “Morning routine from my physio (2)”.')).toBeVisible();

  // A file from a newer Limber is refused in plain words.
  await writeFile(join(app.userDataDir, 'imports', 'chosen.json'), example.replace('"version": 1', '"version": 3'));
  await tabTo(page, page.getByRole('button', { name: 'Choose a routine file…' }), 200);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('made by a newer Limber');
});

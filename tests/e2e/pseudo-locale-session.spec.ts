import type { Page } from '@playwright/test';
import { ROUTINES } from '../../electron/exercises/common/routines';
import type { LimberApp } from '../support/app-handle';
import { expect } from '../support/launch';
import { openInPseudoLocale, walkScreens, type PseudoScreen } from '../support/pseudo-screens';

// The session screens in the pseudo-locale (see pseudo-locale.spec.ts), reached without reading
// any word: routines are opened by id, buttons found by their place and class.

const ROUTINE = 'quick-desk-stretch'; // a one-sided move, then a two-sided one (the side switch)
const MODAL = 'dialog[open]';

async function preview(app: LimberApp): Promise<Page> {
  const page = await openInPseudoLocale(app);
  await page.locator('.routine-list > li').nth(ROUTINES.findIndex((r) => r.id === ROUTINE)).getByRole('button').click();
  await expect(page.locator('section.view.preview h1')).toContainText('⟦');
  return page;
}

async function player(app: LimberApp): Promise<Page> {
  const page = await preview(app);
  await page.locator('section.preview .button-primary.button-large').click();
  await expect(page.locator('section.player .cue-get-ready')).toBeVisible();
  return page;
}

/** "Next" (→) until the player shows `phase` (get-ready, hold, switch…) or the finish screen. */
async function skipTo(page: Page, target: string): Promise<void> {
  const goal = page.locator(target);
  for (let i = 0; i < 40 && !(await goal.isVisible()); i++) {
    await page.locator('section.player h1').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(150);
  }
  await expect(goal).toBeVisible();
}

async function hurt(app: LimberApp): Promise<Page> {
  const page = await player(app);
  await skipTo(page, '.cue-hold');
  await page.locator('.player-head .button-danger').click();
  await expect(page.locator('section.view.finish h1')).toBeFocused();
  return page;
}

const SCREENS: readonly PseudoScreen[] = [
  { name: 'session preview', open: preview },
  { name: 'session lead-in', open: player },
  {
    name: 'session running',
    open: async (app) => {
      const page = await player(app);
      await skipTo(page, '.cue-hold');
      return page;
    },
  },
  {
    name: 'session side switch',
    open: async (app) => {
      const page = await player(app);
      await skipTo(page, '.cue-switch');
      return page;
    },
  },
  {
    name: 'session paused',
    open: async (app) => {
      const page = await player(app);
      await skipTo(page, '.cue-hold');
      await page.keyboard.press('Space');
      await expect(page.locator('.player-controls [data-focus-first]')).toBeVisible();
      return page;
    },
  },
  {
    name: 'session end dialog',
    root: MODAL,
    open: async (app) => {
      const page = await player(app);
      await page.keyboard.press('Escape');
      await expect(page.locator(MODAL)).toBeVisible();
      return page;
    },
  },
  {
    name: 'session warning signs dialog',
    root: MODAL,
    open: async (app) => {
      const page = await player(app);
      await page.locator('.player-stop-line button').click();
      await expect(page.locator(MODAL)).toBeVisible();
      return page;
    },
  },
  {
    name: 'finish screen',
    open: async (app) => {
      const page = await player(app);
      await skipTo(page, 'section.view.finish');
      return page;
    },
  },
  { name: 'finish screen after "This hurt"', open: hurt },
  {
    name: 'flare-up confirm (from the finish screen)',
    root: MODAL,
    open: async (app) => {
      const page = await hurt(app);
      await page.locator('section.finish .button-row .button-secondary').first().click();
      await expect(page.locator(MODAL)).toBeVisible();
      return page;
    },
  },
];

walkScreens('the session screens', SCREENS);

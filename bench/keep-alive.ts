// The wording below is English, as the window it is compared with.
import '../tests/support/english-catalogue';
import type { Page } from '@playwright/test';
import { reminderActions, stretchMessage } from '../electron/breaks/common/wording';
import type { ReminderInfo } from '../electron/breaks/node/reminder-presenter';
import { bundleHarnessPreload, launchChromiumApp } from '../tests/support/chromium-app';
import { hideBehindNewTab, launchHeadedChromium } from '../tests/support/hidden-window';
import { REMINDER_SIZE, reminderStandInScript } from '../tests/support/reminder-standin';
import { informative, type Figures } from './figure';
import { HOME_COUNTDOWN } from './renderer';
import { MB, firstFrameWatch, pageMetrics, privateBytes, rendererPid, seenAt } from './renderer-process';
import { returningUser } from './session';
import { median } from './stats';

const shape = { tier: 'stretch' as const, kind: 'due' as const, canSnooze: true, snoozeMin: 30 };
const REMINDER: ReminderInfo = {
  id: 1,
  ...shape,
  ...stretchMessage({ name: 'Quick desk stretch', durationLabel: '3 min', where: 'all at your desk' }, 2),
  actions: reminderActions(shape),
};

/** A window made from nothing: ms from navigation start to its first visible frame, and the CPU its renderer spent to get there. */
interface Recreated {
  page: Page;
  ms: number;
  cpuS: number;
}

async function timed(page: Page): Promise<Recreated> {
  const ms = await seenAt(page);
  const metrics = await pageMetrics(page);
  // ProcessTime counts from the renderer's start: a new tab gets a new renderer, so this is the
  // CPU of starting it, parsing the bundle and painting, as recreating a window would cost.
  const cpuS = (await metrics.read())['ProcessTime']!;
  await metrics.detach();
  return { page, ms, cpuS };
}

/**
 * Issue 27's keep-alive versus recreate question, on this machine's Chromium (headed, private
 * Xvfb): what a hidden home window and a hidden reminder window hold (renderer private bytes after
 * `hiddenSeconds` behind another tab), against what making each from nothing costs (time to the
 * first visible frame and renderer CPU; medians of `runs`, each a new tab and renderer).
 */
export async function benchKeepAlive(runs = 5, hiddenSeconds = 30): Promise<Figures> {
  const headed = await launchHeadedChromium();
  try {
    const preload = `${await bundleHarnessPreload()}\n${firstFrameWatch(HOME_COUNTDOWN)}`;
    const homes: Recreated[] = [];
    for (let i = 0; i < runs; i++) {
      const app = await launchChromiumApp(headed.browser, preload, await returningUser(), { context: headed.context });
      homes.push(await timed(app.page));
      await app.close();
    }
    // The last home stays open: it hosts the reminder windows, then is hidden and weighed.
    const app = await launchChromiumApp(headed.browser, preload, await returningUser(), { context: headed.context });
    await seenAt(app.page);
    const reminders: Recreated[] = [];
    const reminderScript = `${reminderStandInScript({ reminder: REMINDER })}\n${firstFrameWatch('#reminder-title')}`;
    for (let i = 0; i < runs; i++) {
      const r = await timed(await app.openStandalone('#reminder', REMINDER_SIZE, reminderScript));
      reminders.push(r);
      if (i < runs - 1) await r.page.close();
    }
    const reminder = reminders.at(-1)!.page;
    const homePid = await rendererPid(headed.browser, app.page);
    const reminderPid = await rendererPid(headed.browser, reminder);
    if (homePid === reminderPid) throw new Error('home and reminder share a renderer: their memory cannot be told apart');
    const front = await hideBehindNewTab(app.page); // one tab in front hides both
    await app.page.waitForTimeout(hiddenSeconds * 1000);
    const [homeHidden, reminderHidden] = [privateBytes(homePid), privateBytes(reminderPid)];
    await front.close();
    await reminder.close();
    await app.close();
    const note = `none (median of ${runs} new tabs, renderer only)`;
    return {
      keepalive_home_hidden_private_mb: informative(homeHidden / MB, 'MB', `none (after ${hiddenSeconds} s hidden)`),
      keepalive_home_recreate_ms: informative(median(homes.map((h) => h.ms)), 'ms', note),
      keepalive_home_recreate_cpu_s: informative(median(homes.map((h) => h.cpuS)), 's', note),
      keepalive_reminder_hidden_private_mb: informative(reminderHidden / MB, 'MB', `none (after ${hiddenSeconds} s hidden)`),
      keepalive_reminder_recreate_ms: informative(median(reminders.map((r) => r.ms)), 'ms', note),
      keepalive_reminder_recreate_cpu_s: informative(median(reminders.map((r) => r.cpuS)), 's', note),
    };
  } finally {
    await headed.close();
  }
}

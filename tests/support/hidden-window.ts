import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { join } from 'node:path';
import { chromiumSwitchesFor } from '../../electron/main/chromium-switches';
import { startAudio, startSpeechDispatcher, stopSpeechDispatcher, type AudioDesktop } from '../integration/audio-session';
import { ProcessGroup, startXvfb, waitFor } from '../integration/desktop-session';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './backend';

/**
 * A page that is really hidden, as the main window is when it sits behind other windows or in the
 * tray: headed Debian Chromium on a private Xvfb, the page a background tab of its window, so
 * `document.hidden` is true and Chromium throttles its timers to about one wake-up a second.
 *
 * Playwright cannot give this by itself: a page it creates counts as visible whatever is in front
 * (its focus emulation keeps every page "captured", which Chromium treats as visible). So Chromium
 * is started here and joined over CDP with `noDefaults`, which leaves the browser's own default
 * context (and its tabs) alone.
 */
export interface HeadedChromium {
  browser: Browser;
  /** The browser's default context: its pages are tabs of one window. */
  context: BrowserContext;
  /** Every command line started, for the test log. */
  commands: readonly string[];
  close(): Promise<void>;
}

/**
 * `voice`: also start a private PulseAudio and speech-dispatcher (tests/integration/audio-session.ts)
 * and give Chromium main's Linux speech switch, so utterances really start and report it.
 */
export async function launchHeadedChromium({ voice = false } = {}): Promise<HeadedChromium> {
  const group = new ProcessGroup();
  process.once('exit', () => group.killSync());
  let audio: AudioDesktop | null = null;
  try {
    const display = await startXvfb(group);
    if (voice) {
      audio = await startAudio(group);
      await startSpeechDispatcher(group, audio);
    }
    const speech = voice ? chromiumSwitchesFor({ platform: 'linux', wayland: false, enableFeatures: '' }).flags.map((f) => `--${f}`) : [];
    const args = [
      ...CHROMIUM_ARGS,
      ...speech,
      `--user-data-dir=${join(group.dir, 'chromium-profile')}`,
      '--remote-debugging-port=0',
      // Electron's default, so an audio engine starts as it does in the app.
      '--autoplay-policy=no-user-gesture-required',
      'about:blank',
    ];
    const chrome = group.spawn('chromium', CHROMIUM_PATH, args, { ...process.env, ...audio?.env, DISPLAY: display });
    const endpoint = await waitFor('Chromium to open its DevTools endpoint', () => /DevTools listening on (ws:\S+)/.exec(chrome.output)?.[1], 30_000);
    const browser = await chromium.connectOverCDP(endpoint, { noDefaults: true });
    const context = browser.contexts()[0];
    if (!context) throw new Error('Chromium started without its default context.');
    return {
      browser,
      context,
      commands: group.commands,
      async close() {
        await browser.close().catch(() => {});
        if (audio) stopSpeechDispatcher(audio);
        await group.stopAll();
      },
    };
  } catch (error) {
    console.error(group.describe());
    if (audio) stopSpeechDispatcher(audio);
    await group.stopAll();
    throw error;
  }
}

/** Opens a tab in front of `page` (same window), so `page` is hidden; proves it. Returns the new tab. */
export async function hideBehindNewTab(page: Page): Promise<Page> {
  const front = await page.context().newPage();
  await front.setContent('<title>Another tab</title><p>Another tab in front of Limber.</p>');
  await waitFor('the tab behind to be hidden', async () => ((await page.evaluate(() => document.hidden)) ? true : undefined));
  return front;
}

/** In `page`: starts a 100 ms interval; the returned function says how often it really ran (per second). */
export async function startIntervalProbe(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const probe = { started: performance.now(), ticks: 0 };
    setInterval(() => (probe.ticks += 1), 100);
    (window as unknown as { __intervalProbe: typeof probe }).__intervalProbe = probe;
  });
  return () =>
    page.evaluate(() => {
      const { started, ticks } = (window as unknown as { __intervalProbe: { started: number; ticks: number } }).__intervalProbe;
      return ticks / ((performance.now() - started) / 1000);
    });
}

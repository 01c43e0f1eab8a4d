import type { Page } from '@playwright/test';
import { bundleHarnessPreload, launchChromiumApp } from '../tests/support/chromium-app';
import { readProbe, wakeUpProbe } from '../tests/support/page-probes';
import { hideBehindNewTab, launchHeadedChromium } from '../tests/support/hidden-window';
import { atMost, informative, type Figures } from './figure';
import { openMinimalPage, pageMetrics } from './renderer-process';
import { returningUser } from './session';

/** Issue 27: renderer CPU per minute of a running player, motion on / reduced; wake-ups hidden. */
const CPU_GOAL_S = { 'no-preference': 1.5, reduce: 0.5 } as const;
const HIDDEN_WAKEUPS_GOAL = 60;
/** A minute of a shown player, from just after "Ready". */
const SHOWN_SECONDS = 60;

interface Counts {
  cpu: number;
  script: number;
  recalcs: number;
  layouts: number;
  callbacks: number;
}

/** What the page's renderer did over `seconds` of real time, per minute. */
async function perMinute(page: Page, seconds: number): Promise<Counts> {
  const metrics = await pageMetrics(page);
  const read = async () => {
    const m = await metrics.read();
    const p = await page.evaluate(readProbe);
    // ProcessTime: CPU of the whole renderer process (main, compositor and raster threads).
    return { cpu: m['ProcessTime']!, script: m['ScriptDuration']!, recalcs: m['RecalcStyleCount']!, layouts: m['LayoutCount']!, callbacks: p.timerCallbacks + p.frameCallbacks };
  };
  const before = await read();
  await page.waitForTimeout(seconds * 1000);
  const after = await read();
  await metrics.detach();
  const rate = (k: keyof Counts) => ((after[k] - before[k]) / seconds) * 60;
  return { cpu: rate('cpu'), script: rate('script'), recalcs: rate('recalcs'), layouts: rate('layouts'), callbacks: rate('callbacks') };
}

/**
 * Frames the main thread committed per minute: one CDP LayerTree.layerTreeDidChange per commit
 * (compositor-only animation frames need none). Counted in a window of its own, since watching
 * the layer tree costs CPU itself.
 */
async function framesPerMinute(page: Page, seconds: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  let frames = 0;
  cdp.on('LayerTree.layerTreeDidChange', () => (frames += 1));
  await cdp.send('LayerTree.enable');
  await page.waitForTimeout(seconds * 1000);
  await cdp.send('LayerTree.disable');
  await cdp.detach();
  return (frames / seconds) * 60;
}

/** A minimal page's countdown text changed once a second, as any visible countdown must. */
const TICKING = `document.addEventListener('DOMContentLoaded', () => {
  const timer = document.querySelector('[role="timer"]');
  let n = 0;
  setInterval(() => (timer.textContent = \`\${45 - (++n % 45)} s\`), 1000);
});`;

/**
 * The floor the player's figures stand beside, measured the same way in the same browser: the
 * minimal static page still, and the same page with its text changed every second.
 */
async function floors(context: Parameters<typeof openMinimalPage>[0], seconds: number): Promise<Figures> {
  const figures: Figures = {};
  for (const [tag, script] of [['still', undefined], ['ticking', TICKING]] as const) {
    const page = await openMinimalPage(context, script);
    await page.addInitScript(wakeUpProbe);
    await page.reload();
    await page.waitForTimeout(1000);
    const shown = await perMinute(page, seconds);
    await page.close();
    Object.assign(figures, {
      [`minimal_page_cpu_s_per_min_${tag}`]: informative(shown.cpu, 's/min', `none (the floor: a minimal page${tag === 'ticking' ? ' whose text changes every second' : ''})`),
      [`minimal_page_style_recalcs_per_min_${tag}`]: informative(shown.recalcs, '/min'),
    });
  }
  return figures;
}

/** Motion on; reduced; reduced with sounds and voice off (no audio engine, so no cue clock). */
const VARIANTS = [
  { motion: 'no-preference', tag: 'motion', silent: false },
  { motion: 'reduce', tag: 'reduced', silent: false },
  { motion: 'reduce', tag: 'reduced_silent', silent: true },
] as const;

/**
 * The player in a five-minute walking hold, in headed Chromium on a private Xvfb (so hiding is
 * real: a background tab, throttled as a hidden window is), motion on and reduced: renderer CPU
 * seconds, style recalculations, layouts, committed frames and JS callbacks over the hold's first
 * minute while visible; then hidden behind another tab, the same. A hidden wake-up is counted as every timer or
 * frame callback plus every style recalculation (a running CSS transition or animation recalculates
 * style without any callback); a callback that changes the page also recalculates, so this is an
 * upper bound. Renderer CPU is the whole process's: its audio output thread runs while the session's
 * cue clock does (sounds or voice on), which the silent variant leaves out.
 */
export async function benchPlayerCost(seconds = 20): Promise<Figures> {
  const headed = await launchHeadedChromium();
  const figures: Figures = {};
  try {
    Object.assign(figures, await floors(headed.context, seconds));
    const preload = await bundleHarnessPreload();
    for (const { motion, tag, silent } of VARIANTS) {
      const app = await launchChromiumApp(headed.browser, preload, await returningUser(silent ? { soundsEnabled: false, voiceEnabled: false } : {}), { context: headed.context });
      const page = app.page;
      await page.emulateMedia({ reducedMotion: motion });
      await page.addInitScript(wakeUpProbe);
      await page.reload();
      await page.getByRole('button', { name: 'Open Walk break' }).click();
      await page.getByRole('button', { name: 'Start Walk break' }).click();
      await page.getByRole('button', { name: 'Ready' }).click(); // into the five-minute walk
      await page.getByRole('button', { name: 'Pause' }).waitFor();
      await page.waitForTimeout(1000); // the step's entrance settles
      // The hold's whole first minute: the figure shows its movement for a while and then rests
      // (illustrations.css), so a shorter window at the start would count only the moving part.
      const shown = await perMinute(page, SHOWN_SECONDS);
      if (silent) {
        await app.close();
        figures[`player_cpu_s_per_min_${tag}`] = informative(shown.cpu, 's/min', 'none (sounds and voice off: no audio clock; the difference from _reduced is the cue clock)');
        continue;
      }
      const frames = await framesPerMinute(page, 5);
      const front = await hideBehindNewTab(page);
      await page.waitForTimeout(2000); // Chromium's throttling takes hold
      const hidden = await perMinute(page, seconds);
      await front.close();
      await app.close();
      Object.assign(figures, {
        [`player_cpu_s_per_min_${tag}`]: atMost(shown.cpu, CPU_GOAL_S[motion], 's/min'),
        [`player_main_thread_script_s_per_min_${tag}`]: informative(shown.script, 's/min'),
        [`player_style_recalcs_per_min_${tag}`]: informative(shown.recalcs, '/min'),
        [`player_layouts_per_min_${tag}`]: informative(shown.layouts, '/min'),
        [`player_frames_per_min_${tag}`]: informative(frames, '/min', 'none (main-thread commits, CDP LayerTree)'),
        [`player_callbacks_per_min_${tag}`]: informative(shown.callbacks, '/min', 'none (timer + rAF callbacks)'),
        [`player_wakeups_per_min_hidden_${tag}`]: atMost(hidden.callbacks + hidden.recalcs, HIDDEN_WAKEUPS_GOAL, '/min'),
        [`player_cpu_s_per_min_hidden_${tag}`]: informative(hidden.cpu, 's/min'),
      });
    }
  } finally {
    await headed.close();
  }
  return figures;
}

import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../tests/support/project-root';
import { atMost, informative, type Figures } from './figure';

/**
 * All the JS the main window parses, gzip-9, in KB: a ceiling held by the bench and by
 * tests/startup/window-bundle-budget.test.ts on every build, so the window cannot grow unseen.
 * Issue 14 set 60; this round's screens (the safety questions and tiers, the floor view, voice
 * settings, the view from above) brought it to 61.5, so the ceiling is 62 until issue 27's work
 * (below) splits the window's scripts. Raising it again is a decision, not a fix.
 */
export const WINDOW_JS_GOAL_KB = 62;
/**
 * Issue 27's tighter goal, shown by the bench (every locale's words for the current one included);
 * the build test keeps issue 14's ceiling above until the window's scripts are split to meet it.
 */
export const WINDOW_JS_FIRST_FRAME_GOAL_KB = 45;

/** Every file under `dir` whose extension is one of `exts`, recursively; source maps are not parsed. */
function filesUnder(dir: string, exts: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && exts.includes(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name));
}

export interface Sizes {
  /** KB as stored. */
  raw: number;
  /** KB after gzip level 9, each file compressed on its own as it is served. */
  gzip: number;
}

function sizes(files: string[]): Sizes {
  const bodies = files.map((file) => readFileSync(file));
  const kb = (bytes: number) => bytes / 1024;
  return {
    raw: kb(bodies.reduce((sum, body) => sum + body.length, 0)),
    gzip: kb(bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0)),
  };
}

export interface WindowBundle {
  /** Every script the window can load: the page's (lazy chunks included) and the preload. */
  scripts: string[];
  js: Sizes;
  preload: Sizes;
  css: Sizes;
}

/**
 * What the main window parses, from the build on disk: every script of the page (dist/renderer,
 * lazy chunks included, so nothing loaded later escapes the count) plus the preload bundle
 * (dist/preload); and the page's CSS.
 */
export function measureWindowBundle(root = projectRoot()): WindowBundle {
  const renderer = join(root, 'dist', 'renderer');
  const pageJs = filesUnder(renderer, ['.js', '.mjs']);
  const preloadJs = filesUnder(join(root, 'dist', 'preload'), ['.js', '.cjs', '.mjs']);
  if (pageJs.length === 0 || preloadJs.length === 0) throw new Error('no built scripts in dist/renderer or dist/preload: run npm run build');
  const scripts = [...pageJs, ...preloadJs];
  return { scripts, js: sizes(scripts), preload: sizes(preloadJs), css: sizes(filesUnder(renderer, ['.css'])) };
}

export function benchBundleSize(): Figures {
  const { js, preload, css } = measureWindowBundle();
  return {
    window_js_gzip9_kb: atMost(js.gzip, WINDOW_JS_FIRST_FRAME_GOAL_KB, 'KB'),
    window_js_raw_kb: informative(js.raw, 'KB'),
    window_preload_js_gzip9_kb: informative(preload.gzip, 'KB', 'none (included in window_js_gzip9_kb)'),
    window_css_gzip9_kb: informative(css.gzip, 'KB'),
    window_css_raw_kb: informative(css.raw, 'KB'),
  };
}

import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../tests/support/project-root';
import { atMost, informative, type Figures } from './figure';

/**
 * All the JS the main window can ever parse (every chunk and the preload), gzip-9, in KB: a
 * ceiling held by the bench and by tests/startup/window-bundle-budget.test.ts on every build, so
 * nothing grows unseen. Issue 14 set 60; issue 20's screens brought it to 61.5. Issue 27 split the
 * window's scripts into chunks (each view its own): what a window loads at first dropped from 61.5
 * to about 31.5 KB, and the sum of all chunks rose to about 71 KB, since each chunk is compressed
 * on its own and shares no dictionary with the others. So the ceiling on the sum is 72: a decision.
 */
export const WINDOW_JS_GOAL_KB = 72;
/**
 * Issue 27's goal on what the window loads before its first frame: the entry script, the chunks
 * index.html preloads with it, and the preload; the current locale's words go in it too.
 */
export const WINDOW_JS_FIRST_FRAME_GOAL_KB = 45;
/**
 * What tests/startup/window-bundle-budget.test.ts holds on every build, so nothing grows unseen.
 * Issue 20 moved every word into per-language catalogues (2026-12-07): a window now loads its
 * language's words (about 17 KB gzip in German, the heaviest) before its first frame, and the key
 * names sit both in the code and in the catalogue. Measured after that merge: 51.2 KB first frame,
 * 88.4 KB in all. Issue 27's goals above (45 and 72) are NOT met and the bench says so; these
 * ceilings are the measured figures plus 1 KB, a regression admitted, not a goal. The way back down:
 * load Settings' and History's words with their views, and the exercise words with the player.
 */
// Issue 22 (leg and back pain, the weekly trend, the function question, the clinician's summary)
// added about 65 messages in each of four catalogues and the trend's view code: measured 92.8 KB in
// all and 53.0 KB first frame (the current language's new words). Raised to those plus 1 KB, again
// a regression admitted; the way back down is the one above (History's words with its view).
export const WINDOW_JS_CEILING_KB = 93.8;
export const WINDOW_JS_FIRST_FRAME_CEILING_KB = 54;

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

/**
 * A language's words, one chunk per locale (electron/i18n/common/load-catalog.ts): a window loads
 * exactly one, awaited before its first frame. `en-XA` is the test-only pseudo-locale.
 */
const LOCALE_CHUNK = /^(en-XA|en|de|es|fr)-[\w-]{8}\.js$/;
const isLocaleChunk = (file: string) => LOCALE_CHUNK.test(file.split(/[\\/]/).pop() ?? '');

/** The heaviest language a window can load (gzip): the budget holds for every language. */
function heaviestLocale(files: string[]): { file: string; gzip: number }[] {
  return files
    .filter((f) => isLocaleChunk(f) && !/en-XA-/.test(f))
    .map((file) => ({ file, gzip: sizes([file]).gzip }))
    .sort((a, b) => b.gzip - a.gzip);
}

export interface WindowBundle {
  /** Every script the window can load: the page's (lazy chunks included, one language: the heaviest) and the preload. */
  scripts: string[];
  js: Sizes;
  /** What the window loads before its first frame: index.html's scripts and preloads, its language's words, and the preload. */
  firstFrameScripts: string[];
  firstFrame: Sizes;
  preload: Sizes;
  /** The one language counted in both figures: the heaviest. */
  language: Sizes;
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
  // Every chunk but the languages, plus the heaviest language: one window loads one language.
  const locales = heaviestLocale(pageJs);
  const oneLanguage = locales.slice(0, 1).map((l) => l.file);
  const scripts = [...pageJs.filter((f) => !isLocaleChunk(f)), ...oneLanguage, ...preloadJs];
  const firstFrameScripts = [...scriptsInPage(renderer), ...oneLanguage, ...preloadJs];
  return {
    scripts,
    js: sizes(scripts),
    firstFrameScripts,
    firstFrame: sizes(firstFrameScripts),
    preload: sizes(preloadJs),
    language: sizes(oneLanguage),
    css: sizes(filesUnder(renderer, ['.css'])),
  };
}

/** The scripts index.html names (its module script and the chunks it preloads with it), as files. */
export function scriptsInPage(rendererDir: string): string[] {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  return [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+\.m?js)"/g)].map((m) => resolve(rendererDir, m[1]!));
}

export function benchBundleSize(): Figures {
  const { js, firstFrame, preload, language, css } = measureWindowBundle();
  return {
    window_first_frame_js_gzip9_kb: atMost(firstFrame.gzip, WINDOW_JS_FIRST_FRAME_GOAL_KB, 'KB'),
    window_js_gzip9_kb: atMost(js.gzip, WINDOW_JS_GOAL_KB, 'KB'),
    window_js_raw_kb: informative(js.raw, 'KB'),
    window_preload_js_gzip9_kb: informative(preload.gzip, 'KB', 'none (included in both figures above)'),
    window_language_js_gzip9_kb: informative(language.gzip, 'KB', 'none (the heaviest language, included in both figures above)'),
    window_css_gzip9_kb: informative(css.gzip, 'KB'),
    window_css_raw_kb: informative(css.raw, 'KB'),
  };
}

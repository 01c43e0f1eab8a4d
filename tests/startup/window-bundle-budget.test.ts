import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureWindowBundle, WINDOW_JS_CEILING_KB, WINDOW_JS_FIRST_FRAME_CEILING_KB } from '../../bench/bundle-size';
import { appRoot } from './app-root';

// A ceiling held on every build rather than only when someone runs the bench: all the JS the main
// window parses (every page script, lazy chunks included, one language, and the preload) gzips to
// at most WINDOW_JS_CEILING_KB. Same measurement as `npm run bench` (bench/bundle-size.ts), which
// also prints issue 27's goals (45 KB first frame, met; 72 in all, not met since issue 20's catalogues).

const bundle = measureWindowBundle(appRoot);
const pageScripts = bundle.scripts.filter((file) => file.includes(join('dist', 'renderer')));

describe('the main window’s scripts', () => {
  it(`gzip (level 9) to at most ${WINDOW_JS_CEILING_KB} KB together, preload included`, () => {
    expect(bundle.preload.gzip).toBeGreaterThan(0);
    expect(Math.round(bundle.js.gzip * 100) / 100, 'KB gzip-9 of every script the window can load').toBeLessThanOrEqual(WINDOW_JS_CEILING_KB);
  });

  it(`load at most ${WINDOW_JS_FIRST_FRAME_CEILING_KB} KB gzip before the first frame (the entry, what it preloads, the preload): the views come later`, () => {
    expect(Math.round(bundle.firstFrame.gzip * 100) / 100, 'KB gzip-9 the window loads before its first frame').toBeLessThanOrEqual(WINDOW_JS_FIRST_FRAME_CEILING_KB);
    // The split is real: settings, history, safety and the player are not in what loads first.
    for (const lazy of ['SettingsView', 'HistoryView', 'SafetyView', 'SessionView', 'ReminderView']) {
      expect(pageScripts.some((file) => basename(file).startsWith(`${lazy}-`)), `${lazy} is a chunk of its own`).toBe(true);
      expect(bundle.firstFrameScripts.some((file) => basename(file).startsWith(`${lazy}-`)), `${lazy} loads before the first frame`).toBe(false);
    }
    // Less than half of the code (the language's words set aside), and of the words only the first frame's group.
    expect(bundle.firstFrame.gzip - bundle.firstFrameLanguage.gzip).toBeLessThan((bundle.js.gzip - bundle.language.gzip) / 2);
    expect(bundle.firstFrameLanguage.gzip).toBeLessThan(bundle.language.gzip / 3);
  });

  it('are all counted: every script the page loads is one of the measured files', () => {
    const html = readFileSync(join(appRoot, 'dist', 'renderer', 'index.html'), 'utf8');
    const loaded = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+\.m?js)"/g)].map((m) => resolve(appRoot, 'dist', 'renderer', m[1]!));
    expect(loaded.length).toBeGreaterThan(0);
    for (const file of loaded) expect(pageScripts).toContain(file);
  });

  // Classic zod brings all of itself (about 15 KB gzip more than the zod/mini checks the window
  // uses); it arrives unnoticed when a module the window imports switches `zod/mini` for `zod`.
  // Classic's base class is constructed under the name ZodType, mini's under ZodMiniType.
  it('hold zod/mini only, never classic zod', () => {
    const classic = pageScripts.filter((file) => /[`'"]ZodType[`'"]/.test(readFileSync(file, 'utf8')));
    expect(classic, 'page scripts holding classic zod').toEqual([]);
  });
});

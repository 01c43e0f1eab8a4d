import { test } from '@playwright/test';
import { build } from 'esbuild';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/backend';
import { projectRoot } from '../support/project-root';
import { FIGURES } from '../../renderer/src/illustrations/figures';

// Not assertions: pictures of every figure (both sides, every keyframe, light and dark) at 800×600
// for checking by eye; a few are kept in docs/screenshots. Written to test-results/figures/.
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }, viewport: { width: 800, height: 600 } });

/** Kept in docs/screenshots under these names. */
const KEEP: Record<string, string> = {
  'piriformis-floor-light': 'piriformis-keyframes',
  'hamstring-seated-dark': 'hamstring-seated-keyframes-dark',
  'shoulder-rolls-light': 'shoulder-rolls-keyframes',
  'bridge-light': 'bridge-keyframes',
  'figure-four-seated-light': 'figure-four-from-above',
  'piriformis-floor-dark': 'piriformis-from-above-dark',
};

test('every figure, every keyframe, both sides', async ({ page }) => {
  const root = projectRoot();
  const out = join(root, 'test-results', 'figures');
  const bundle = await build({
    entryPoints: [join(root, 'tests', 'screenshots', 'figure-gallery.tsx')],
    bundle: true,
    write: false,
    outdir: out,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
  });
  const js = bundle.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
  const css = bundle.outputFiles.find((f) => f.path.endsWith('.css'))!.text;
  const layout = `body{margin:12px;font:13px sans-serif;background:var(--bg);color:var(--text)}h1{font-size:15px;margin:0 0 6px}
    .gallery-row{display:flex;gap:10px;margin-bottom:10px}.gallery-row>figure{flex:1;min-width:0}
    .gallery figure{margin:0;padding:8px}.gallery-inset{flex:0 0 200px;position:relative}.gallery-inset .fig-inset{position:static;width:100%;max-width:none}.gallery-inset .fig-inset svg{max-height:200px}.gallery .figure{height:220px;max-height:220px}figcaption{text-align:center;color:var(--muted)}`;
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    for (const id of Object.keys(FIGURES)) {
      await page.setContent(`<!doctype html><style>${css}${layout}</style><div id="root" data-id="${id}"></div>`);
      await page.addScriptTag({ content: js });
      const name = `${id}-${theme}`;
      await page.screenshot({ path: join(out, `${name}.png`) });
      const keep = KEEP[name];
      if (keep) await page.screenshot({ path: join(root, 'docs', 'screenshots', `${keep}.png`) });
    }
  }
});

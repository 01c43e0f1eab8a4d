import AxeBuilder from '@axe-core/playwright';

type RunOptions = Parameters<AxeBuilder['options']>[0];

/**
 * Every e2e spec imports this (through launch.ts): each `new AxeBuilder({ page }).analyze()` runs
 * axe.run in the page itself (AxeBuilder's "legacy mode") instead of axe.runPartial in the page and
 * axe.finishRun in a blank page it opens for the purpose. The rules, the page and the results are
 * the same (axe.run is runPartial and finishRun in one frame, and Limber's windows have no frames),
 * but each analysis no longer starts a renderer process for that blank page and parses axe-core's
 * half a megabyte of source a second time there: about a second of CPU per analysis, and the specs
 * run about a hundred. Only the violations are read (no spec reads passes or incomplete), so only
 * they are gathered whole.
 */
// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its own `this`
const analyze = AxeBuilder.prototype.analyze;
AxeBuilder.prototype.analyze = function analyzeInPage(this: AxeBuilder) {
  this.setLegacyMode(true);
  // Options a spec set itself win over this default.
  const own = (this as unknown as { option: RunOptions }).option;
  this.options({ resultTypes: ['violations'], ...own });
  return analyze.call(this);
};

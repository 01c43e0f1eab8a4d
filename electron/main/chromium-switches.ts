// Chromium switches Limber needs on Linux, appended before `ready` (they are read at start-up).
// The pure part says which; applyChromiumSwitches() is the one line main.ts calls.

export interface SwitchPlan {
  /** Switches without a value. */
  flags: string[];
  /** The complete `--enable-features` value (Chromium honours only one such switch, so merge). */
  enableFeatures: string;
}

/**
 * - `enable-speech-dispatcher`: Electron leaves Chromium's speech-dispatcher backend off on Linux,
 *   so `speechSynthesis` has no voices and spoken cues are silent (electron#4452).
 * - `GlobalShortcutsPortal` (Wayland only): global shortcuts go through the desktop portal, the one
 *   way a Wayland app can have them at all.
 */
export function chromiumSwitchesFor(input: { platform: NodeJS.Platform; wayland: boolean; enableFeatures: string }): SwitchPlan {
  const features = input.enableFeatures
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (input.platform !== 'linux') return { flags: [], enableFeatures: features.join(',') };
  if (input.wayland && !features.includes('GlobalShortcutsPortal')) features.push('GlobalShortcutsPortal');
  return { flags: ['enable-speech-dispatcher'], enableFeatures: features.join(',') };
}

/** The slice of Electron's `app.commandLine` used here (injectable for tests). */
export interface CommandLine {
  appendSwitch(name: string, value?: string): void;
  getSwitchValue(name: string): string;
}

export function applyChromiumSwitches(commandLine: CommandLine, platform: NodeJS.Platform, wayland: boolean): void {
  const plan = chromiumSwitchesFor({ platform, wayland, enableFeatures: commandLine.getSwitchValue('enable-features') });
  for (const flag of plan.flags) commandLine.appendSwitch(flag);
  if (plan.enableFeatures) commandLine.appendSwitch('enable-features', plan.enableFeatures);
}

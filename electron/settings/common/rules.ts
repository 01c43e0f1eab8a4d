import { routineById } from '../../exercises/common/routines';
import { SettingsSchema, type Settings, type SettingsPatch } from './schema';

/**
 * The rules a settings change must pass beyond each field's own shape: references (the routine
 * exists), system-wide safety (a global shortcut must not steal an everyday key from every app)
 * and the whole-document rules the schema holds (a working day ends after it starts, a walking
 * target is at least its starting goal). The one place these live: the settings store applies
 * them to every update, and an import is checked with them before its preview is shown.
 */
export interface SettingsIssue {
  /** Field path, dot-separated: `focusShortcut`, `workingHours.days.1.end`. */
  path: string;
  message: string;
}

type Modifier = 'Ctrl' | 'Alt' | 'Shift' | 'Super';
/** Electron accelerator modifier names, by what they press. CommandOrControl is Cmd on macOS, Ctrl elsewhere. */
const MODIFIERS: Record<string, Modifier> = {
  CommandOrControl: 'Ctrl',
  CmdOrCtrl: 'Ctrl',
  Command: 'Ctrl',
  Cmd: 'Ctrl',
  Control: 'Ctrl',
  Ctrl: 'Ctrl',
  Alt: 'Alt',
  Option: 'Alt',
  AltGr: 'Alt',
  Shift: 'Shift',
  Super: 'Super',
  Meta: 'Super',
};

/**
 * Well-known shortcuts with two modifiers that the desktop or everyday apps already own, written
 * as normalised combos (modifiers in Ctrl, Alt, Shift, Super order). Ctrl stands for Cmd as well.
 */
const RESERVED = new Set([
  'Ctrl+Alt+T', // open a terminal (GNOME, Ubuntu)
  'Ctrl+Alt+L', // lock the screen (GNOME, Ubuntu)
  'Ctrl+Alt+D', // show the desktop (GNOME)
  'Ctrl+Shift+T', // reopen the closed tab (every browser)
  'Ctrl+Shift+N', // new private window / new folder
  'Ctrl+Shift+W', // close the window (browsers)
  'Ctrl+Shift+Q', // quit (Firefox, macOS log out)
  'Ctrl+Shift+I', // developer tools
  'Ctrl+Shift+C', // copy in terminals, inspect in browsers
  'Ctrl+Shift+V', // paste in terminals, paste as plain text
  'Ctrl+Shift+Z', // redo
  'Ctrl+Shift+3', // screenshot (macOS)
  'Ctrl+Shift+4', // screenshot of an area (macOS)
  'Ctrl+Shift+5', // screenshot tools (macOS)
  'Shift+Super+S', // snipping tool (Windows)
  ...Array.from({ length: 12 }, (_, i) => `Ctrl+Alt+F${i + 1}`), // switch virtual terminal (Linux)
]);

const ORDER: Modifier[] = ['Ctrl', 'Alt', 'Shift', 'Super'];

/** `CommandOrControl+Alt+F` → `Ctrl+Alt+F`; null if it is not modifiers then one key. */
export function normaliseShortcut(accelerator: string): { modifiers: Modifier[]; key: string; combo: string } | null {
  const parts = accelerator.split('+');
  const key = parts.pop();
  if (!key || parts.length === 0) return null;
  const pressed = new Set<Modifier>();
  for (const part of parts) {
    const modifier = MODIFIERS[part];
    if (!modifier) return null;
    pressed.add(modifier);
  }
  const modifiers = ORDER.filter((m) => pressed.has(m));
  return { modifiers, key, combo: [...modifiers, key].join('+') };
}

/**
 * The global focus shortcut is registered system-wide, so while Limber runs no other app gets
 * that key. The rule: it needs TWO different modifiers, at least one of them Ctrl/Cmd, Alt or
 * Super (so Ctrl+C, Ctrl+V, Alt+Tab, Alt+F4, Shift+anything are all refused), and must not be one
 * of the well-known two-modifier shortcuts above. Returns the problem in plain words, or null.
 */
export function shortcutProblem(accelerator: string): string | null {
  const shortcut = normaliseShortcut(accelerator);
  if (!shortcut) return 'Use modifiers and one key, for example CommandOrControl+Alt+F.';
  const { modifiers, combo } = shortcut;
  if (modifiers.length < 2 || modifiers.every((m) => m === 'Shift')) {
    return `${combo} would take that key from every other app (like Ctrl+C or Alt+Tab). Use two modifiers, for example CommandOrControl+Alt+F.`;
  }
  if (RESERVED.has(combo)) return `${combo} is a well-known shortcut of your desktop or other apps. Choose another, for example CommandOrControl+Alt+F.`;
  return null;
}

/**
 * Every issue with applying `patch` (already shaped by SettingsPatchSchema) on top of `current`.
 * Reference and shortcut rules look only at fields the patch sets, so a stored value that later
 * became invalid never blocks an unrelated change. Without `current`, only the patch is judged.
 */
export function checkSettingsPatch(patch: SettingsPatch, current?: Settings): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  if (patch.stretchRoutineId !== undefined && !routineById(patch.stretchRoutineId)) {
    issues.push({ path: 'stretchRoutineId', message: 'Choose one of the routines.' });
  }
  if (patch.focusShortcut !== undefined) {
    const problem = shortcutProblem(patch.focusShortcut);
    if (problem) issues.push({ path: 'focusShortcut', message: problem });
  }
  if (current) {
    const whole = SettingsSchema.safeParse({ ...current, ...patch });
    if (!whole.success) {
      for (const issue of whole.error.issues) {
        const path = issue.path.map(String).join('.');
        if (!issues.some((i) => i.path === path)) issues.push({ path, message: issue.message });
      }
    }
  }
  return issues;
}

/**
 * What a patch would change outside Limber's own windows, in words a person confirms before an
 * import: starting with the computer, and a key taken from every other app.
 */
export function systemWideEffects(patch: SettingsPatch, current: Settings): string[] {
  const effects: string[] = [];
  if (patch.startAtLogin !== undefined && patch.startAtLogin !== current.startAtLogin) {
    effects.push(patch.startAtLogin ? 'turns on start at login' : 'turns off start at login');
  }
  if (patch.focusShortcut !== undefined && patch.focusShortcut !== current.focusShortcut) {
    effects.push(`sets the global shortcut ${patch.focusShortcut}`);
  }
  return effects;
}

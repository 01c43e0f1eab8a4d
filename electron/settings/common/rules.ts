import { routineById } from '../../exercises/common/routines';
import { isOwnId } from '../../exercises/common/custom-registry';
import { ROTATING_ROUTINES } from './schema';
import { SettingsSchema, type Settings, type SettingsPatch } from './schema';
import { t } from '../../i18n/common/translate';

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
 * Well-known shortcuts the rule below would otherwise let through, written as normalised combos
 * (modifiers in Ctrl, Alt, Shift, Super order). Ctrl stands for Cmd as well.
 */
const RESERVED = new Set([
  'Ctrl+Alt+Shift+V', // paste and match style (macOS ⌥⇧⌘V)
  'Ctrl+Alt+Shift+R', // screen recording (GNOME 3)
  'Ctrl+Alt+Shift+S', // project structure (JetBrains IDEs)
  'Ctrl+Alt+Shift+L', // reformat dialog (JetBrains IDEs)
  'Ctrl+Alt+Shift+N', // go to symbol (JetBrains IDEs)
  'Ctrl+Alt+Shift+T', // refactor this (JetBrains IDEs)
  'Ctrl+Shift+Super+B', // restart the graphics driver (Windows)
  'Ctrl+Shift+F5', // restart debugging (VS Code)
  'Ctrl+Shift+F9', // debug this (JetBrains IDEs)
  'Ctrl+Shift+F10', // run this (JetBrains IDEs)
  'Alt+Shift+F9', // debug… (JetBrains IDEs)
  'Alt+Shift+F10', // run… (JetBrains IDEs)
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

/** The example every shortcut message gives: three modifiers and a letter nothing above owns. */
export const SHORTCUT_EXAMPLE = 'CommandOrControl+Alt+Shift+F';

const FUNCTION_KEY = /^F([1-9]|1[0-9]|2[0-4])$/;

/**
 * A global shortcut is registered system-wide, so while Limber runs no other app gets that key.
 * One rule for both shortcuts, applied to every save, every import and every shortcut read from
 * the file at start: three modifiers (CommandOrControl+Alt+Shift+F), or two with a function key
 * (Ctrl+Shift+F1), and none of the well-known ones above. Two modifiers with a letter, a digit or
 * Space are where the desktop and editors live: Ctrl+Alt+letter is AltGr on Windows (it types €,
 * @ or ą on many layouts), ⌥⌘F is Replace in VS Code, Xcode and Sublime, Ctrl+Shift+letter and
 * Alt+Shift+letter are editor commands; one modifier (Ctrl+C, Alt+F4, Super+L) or only Shift
 * (Shift+A) is an everyday key. An empty accelerator means "no shortcut" and is always allowed.
 * Returns the problem in plain words, or null.
 */
export function shortcutProblem(accelerator: string): string | null {
  if (accelerator === '') return null;
  const shortcut = normaliseShortcut(accelerator);
  if (!shortcut) return t('settings.error.shortcut', { example: SHORTCUT_EXAMPLE });
  const { modifiers, key, combo } = shortcut;
  const enough = modifiers.length >= 3 || (modifiers.length === 2 && FUNCTION_KEY.test(key));
  if (!enough || modifiers.every((m) => m === 'Shift')) {
    return t('settings.error.shortcutTakesKey', { combo, example: SHORTCUT_EXAMPLE, functionExample: 'Ctrl+Shift+F1' });
  }
  if (RESERVED.has(combo))
    return t('settings.error.shortcutReserved', { combo, example: SHORTCUT_EXAMPLE });
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
    issues.push({ path: 'stretchRoutineId', message: t('settings.error.routine') });
  }
  // A stretch time offers the desk stretch, the floor routine or one of the person's own. One that
  // names a routine deleted since is already stored: it blocks no other change (it offers the usual
  // routine meanwhile, and Settings says so), but none is newly set to a routine that is not there.
  patch.stretchTimes?.forEach((time, index) => {
    const stored = current?.stretchTimes.some((s) => s.routineId === time.routineId) ?? false;
    if (!stretchTimeRoutine(time.routineId) && !stored) issues.push({ path: `stretchTimes.${index}.routineId`, message: t('settings.error.stretchTimeRoutine') });
  });
  for (const field of ['focusShortcut', 'startShortcut'] as const) {
    const accelerator = patch[field];
    const problem = accelerator === undefined ? null : shortcutProblem(accelerator);
    if (problem) issues.push({ path: field, message: problem });
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
    effects.push(patch.startAtLogin ? t('settings.effects.startAtLoginOn') : t('settings.effects.startAtLoginOff'));
  }
  const shortcuts = { focusShortcut: 'focus', startShortcut: 'start' } as const;
  for (const field of ['focusShortcut', 'startShortcut'] as const) {
    const accelerator = patch[field];
    if (accelerator === undefined || accelerator === current[field]) continue;
    effects.push(
      accelerator
        ? t('settings.effects.shortcutSet', { which: shortcuts[field], accelerator })
        : t('settings.effects.shortcutOff', { which: shortcuts[field] }),
    );
  }
  return effects;
}

/** A routine a stretch time may offer: the seed's desk stretch or floor routine, or an own routine that exists. */
export const stretchTimeRoutine = (id: string): boolean =>
  (ROTATING_ROUTINES as readonly string[]).includes(id) || (isOwnId(id) && routineById(id) !== undefined);

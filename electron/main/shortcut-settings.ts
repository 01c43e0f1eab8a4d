import { shortcutProblem } from '../settings/common/rules';
import type { Settings } from '../settings/common/schema';
import { GlobalShortcuts } from './global-shortcuts';

type ShortcutName = 'focusShortcut' | 'startShortcut';

const DESCRIPTIONS: Record<ShortcutName, string> = {
  focusShortcut: 'focus shortcut',
  startShortcut: 'start-session shortcut',
};

export interface ShortcutSettingsDeps {
  settings: { get(): Settings; onChange(listener: (settings: Settings) => void): () => void };
  /** Tell the user once (a notice in the window). */
  warn: (id: string, message: string) => void;
  toggleFocus: () => void;
  startSession: () => void;
}

/** Keeps the global shortcuts in step with their settings. Returns the function that releases them. */
export function setupGlobalShortcuts(deps: ShortcutSettingsDeps): () => void {
  const shortcuts = new GlobalShortcuts<ShortcutName>((name, accelerator, takenBy) => {
    const reason = takenBy ? `is already Limber's ${DESCRIPTIONS[takenBy]}` : 'is already used by another app';
    deps.warn(
      `shortcut-unavailable-${name}`,
      `The ${DESCRIPTIONS[name]} ${accelerator} ${reason}. Choose another one in Settings.`,
    );
  });
  const actions: Record<ShortcutName, () => void> = {
    focusShortcut: deps.toggleFocus,
    startShortcut: deps.startSession,
  };
  const apply = (settings: Settings) => {
    for (const name of ['focusShortcut', 'startShortcut'] as const) {
      // Saves and imports meet the same rule; a hand-edited file or one from an older release
      // does not, so the rule is applied again here and such a key is never taken.
      const problem = shortcutProblem(settings[name]);
      if (problem) deps.warn(`shortcut-refused-${name}`, `The ${DESCRIPTIONS[name]} was not turned on: ${problem}`);
      shortcuts.apply(name, problem ? '' : settings[name], actions[name]);
    }
  };
  apply(deps.settings.get());
  const off = deps.settings.onChange(apply);
  return () => {
    off();
    shortcuts.dispose();
  };
}

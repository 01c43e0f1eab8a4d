import { shortcutProblem } from '../settings/common/rules';
import type { Settings } from '../settings/common/schema';
import { GlobalShortcuts } from './global-shortcuts';
import { t } from '../i18n/common/translate';

type ShortcutName = 'focusShortcut' | 'startShortcut';

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
    // takenBy is the other of Limber's two shortcuts: the message names both from `name` alone.
    const key = takenBy ? 'main.shortcut.takenByLimber' : 'main.shortcut.takenElsewhere';
    deps.warn(`shortcut-unavailable-${name}`, t(key, { shortcut: name, accelerator }));
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
      if (problem) deps.warn(`shortcut-refused-${name}`, t('main.shortcut.refused', { shortcut: name, problem }));
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

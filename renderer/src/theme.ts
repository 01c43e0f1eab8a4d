import type { Theme } from '../../electron/core/settings/schema';

/** `system` follows the OS via the prefers-color-scheme media query in base.css. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
}

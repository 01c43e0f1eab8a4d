import type { Theme } from '@core/settings/schema';

/** `system` follows the OS: styles/tokens.css then leaves color-scheme at `light dark`. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
}
